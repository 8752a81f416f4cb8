// Width and whitespace normalisation for one line of Chinese text. Chinese typesetting uses
// full-width punctuation; ASCII digits and Latin words stay ASCII.
const HAN = "\\p{Script=Han}";
// Characters after which half-width punctuation is Chinese punctuation: Han or full-width closers.
const CJK_BEFORE = new RegExp(`[${HAN}”’」』）》】、，。：；？！]`, "u");
const CJK_AFTER = new RegExp(`[${HAN}“‘「『（《【]`, "u");
const HAN_RE = new RegExp(HAN, "u");

const HALF_TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };

/** Full-width ASCII letters/digits (and ％, and ． between digits: ４．５ is 4.5) → ASCII. */
function narrowAlnum(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(DECIMAL_STOP, ".");
}
const DECIMAL_STOP = /(?<=[0-9])\uFF0E(?=[0-9])/g;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

const HALF_WIDTH = /[,:;?!.]/g;
const CLOSER_AFTER_STOP = /[”’」』）]/;

/** The code point ending just before UTF-16 offset i (a surrogate pair whole), or undefined. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** The code point starting at UTF-16 offset i (a surrogate pair whole), or undefined. */
function charAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const high = text.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}

function convertPunctuation(text: string): string {
  if (!/[,:;?!.]/.test(text)) return text; // most lines: nothing to do
  // Only the half-width marks are visited; the character before one is read as converted when it
  // was a mark converted just before (“中,.” sees ，), the one after as written.
  let lastAt = -2;
  let lastOut = "";
  return text.replace(HALF_WIDTH, (c: string, at: number) => {
    const prev = at - 1 === lastAt ? lastOut : charBefore(text, at);
    const next = charAt(text, at + 1);
    let out = c;
    const full = HALF_TO_FULL[c];
    if (full) {
      if (isDigit(prev) && isDigit(next)) out = c; // 1,000 / 10:30
      else if ((prev && CJK_BEFORE.test(prev)) || (next && CJK_AFTER.test(next))) out = full;
    } else if (prev && CJK_BEFORE.test(prev) && (next === undefined || next === " " || CJK_AFTER.test(next) || CLOSER_AFTER_STOP.test(next))) {
      out = "。"; // only after Chinese text: keeps 3.5, U.S., www.example.com
    }
    lastAt = at;
    lastOut = out;
    return out;
  });
}

/** (…) and "…" with Han inside become （…） and “…”. */
function convertBrackets(text: string): string {
  if (!/[()"]/.test(text)) return text;
  let out = text.replace(/\(([^()]*)\)/g, (m, inner: string) => (HAN_RE.test(inner) ? `（${inner}）` : m));
  if (HAN_RE.test(out) && (out.match(/"/g)?.length ?? 0) % 2 === 0) {
    let open = true;
    out = out.replace(/"/g, () => ((open = !open) ? "”" : "“"));
  }
  return out;
}

const CJK_OR_FULL_PUNCT = `[${HAN}，。：；？！、“”‘’「」『』（）《》【】…—·]`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK_OR_FULL_PUNCT}) +(?=${CJK_OR_FULL_PUNCT})`, "gu");

/** Normalise one line: widths, punctuation between Han characters, spaces. */
export function normalizeLine(line: string): string {
  let text = line
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "") // zero-width characters
    .replace(/[\u00A0\u3000\u2000-\u200A\u202F\u205F\t]/g, " "); // NBSP, ideographic and other spaces
  text = narrowAlnum(text);
  text = convertPunctuation(text);
  text = convertBrackets(text);
  if (!text.includes(" ")) return text.trim(); // the space rules below have nothing to match
  return text.replace(/ {2,}/g, " ").replace(SPACE_BETWEEN_CJK, "").trim();
}
