// Width and whitespace normalisation for one line of Chinese text. Chinese typesetting uses
// full-width punctuation; ASCII digits and Latin words stay ASCII.
const HAN = "\\p{Script=Han}";
// Characters after which half-width punctuation is Chinese punctuation: Han or full-width closers.
const CJK_BEFORE = new RegExp(`[${HAN}”’」』）》】、，。：；？！]`, "u");
const CJK_AFTER = new RegExp(`[${HAN}“‘「『（《【]`, "u");
const HAN_RE = new RegExp(HAN, "u");

const HALF_TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };

/** Full-width ASCII letters/digits (and ％) → ASCII. */
function narrowAlnum(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function convertPunctuation(text: string): string {
  if (!/[,:;?!.]/.test(text)) return text; // most lines: nothing to do, skip the per-character walk
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const full = HALF_TO_FULL[c];
    if (full) {
      if (isDigit(prev) && isDigit(next)) continue; // 1,000 / 10:30
      if ((prev && CJK_BEFORE.test(prev)) || (next && CJK_AFTER.test(next))) chars[i] = full;
    } else if (c === "." && prev && CJK_BEFORE.test(prev) && (next === undefined || next === " " || CJK_AFTER.test(next) || /[”’」』）]/.test(next))) {
      chars[i] = "。"; // only after Chinese text: keeps 3.5, U.S., www.example.com
    }
  }
  return chars.join("");
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
  return text.replace(/ {2,}/g, " ").replace(SPACE_BETWEEN_CJK, "").trim();
}
