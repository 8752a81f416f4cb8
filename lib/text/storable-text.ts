// PostgreSQL text cannot hold NUL, and its UTF-8 cannot hold a lone UTF-16 surrogate: either one
// made an insert throw (a 500). Unicode noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every
// plane) are storable but never text anyone typed. All three are refused at the boundary with a
// message that says which character and where, before anything is written.

const NONCHARACTER = /[\u{FDD0}-\u{FDEF}\u{FFFE}\u{FFFF}\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
// With the u flag a lone surrogate is its own code point, so this matches only unpaired halves.
const BAD = new RegExp(`\\u0000|[\\u{D800}-\\u{DFFF}]|${NONCHARACTER.source}`, "u");

/** Why this string cannot be stored as text, or null. Positions count characters from 1. */
export function unstorableReason(value: string): string | null {
  const match = BAD.exec(value);
  if (!match) return null;
  const position = [...value.slice(0, match.index)].length + 1;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const what = code === 0 ? "a NUL character (U+0000)" : code >= 0xd800 && code <= 0xdfff ? `a lone surrogate (${hex})` : `a Unicode noncharacter (${hex})`;
  return `contains ${what} at character ${position}, which is not text`;
}

/** The first unstorable string inside a JSON-like value (strings, arrays, plain objects, keys too), with its path. */
export function findUnstorable(value: unknown, path: string[] = [], depth = 0): { path: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = unstorableReason(value);
    return reason ? { path: path.join("."), reason } : null;
  }
  if (depth > 20 || value === null || typeof value !== "object") return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const keyReason = unstorableReason(key);
    if (keyReason) return { path: [...path, "(a key)"].join("."), reason: keyReason };
    const found = findUnstorable(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
