// Numbered pinyin (CC-CEDICT "zhang3", "lu:4", "r5") → tone marks ("zhǎng", "lǜ", "r").
const MARKS: Record<string, string[]> = {
  a: ["a", "ā", "á", "ǎ", "à"],
  e: ["e", "ē", "é", "ě", "è"],
  i: ["i", "ī", "í", "ǐ", "ì"],
  o: ["o", "ō", "ó", "ǒ", "ò"],
  u: ["u", "ū", "ú", "ǔ", "ù"],
  ü: ["ü", "ǖ", "ǘ", "ǚ", "ǜ"],
};

const NUMBERED = /^([a-zü:]+)([1-5])$/;

/** One numbered syllable → tone-marked, lowercase. Returns null when it is not a pinyin syllable. */
export function markSyllable(numbered: string): string | null {
  const m = NUMBERED.exec(numbered.toLowerCase().replace(/u:|v/g, "ü"));
  if (!m) return null;
  const body = m[1];
  const tone = Number(m[2]) % 5; // 5 = neutral tone: no mark
  if (tone === 0) return body;
  // Standard placement: a or e takes the mark; in "ou" the o; otherwise the last vowel.
  let at = body.search(/[ae]/);
  if (at < 0) at = body.indexOf("ou");
  if (at < 0) {
    for (let i = body.length - 1; i >= 0; i--) {
      if (MARKS[body[i]]) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return body; // syllabic "r", "m", "ng": no vowel to mark
  return body.slice(0, at) + MARKS[body[at]][tone] + body.slice(at + 1);
}

/** "wai4 jiao1 bu4 zhang3" → "wài jiāo bù zhǎng", or null if any part is not a syllable. */
export function markPinyin(numbered: string): string | null {
  const out: string[] = [];
  for (const part of numbered.trim().split(/\s+/)) {
    const s = markSyllable(part);
    if (s === null) return null;
    out.push(s);
  }
  return out.join(" ");
}

const HAN = /\p{Script=Han}/u;

/** Han character test with a fast path for the basic CJK block (almost all text). */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return ch.length === 1 && !isSurrogate(code) ? isHanUnit(code) : HAN.test(ch);
}

/** Per BMP code unit: 0 not yet known, 1 Han, 2 not Han (filled on first use). */
const HAN_UNITS = new Uint8Array(0x10000);

/** Whether the BMP code point is Han (not a surrogate). */
function isHanUnit(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  let known = HAN_UNITS[code];
  if (!known) known = HAN_UNITS[code] = HAN.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Whether a text without surrogates has a Han character, read from its code units (no strings made). */
export function hasHanUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanUnit(text.charCodeAt(i))) return true;
  return false;
}

const SURROGATE_UNIT = /[\uD800-\uDFFF]/;

/** One string per BMP code unit, made on first use: the characters of every sentence share them. */
const BMP_CHARS: (string | undefined)[] = new Array(0x10000);

/**
 * The code points of a text, as [...text] gives them; characters of the Basic Multilingual Plane
 * are shared strings (no new string per character, and their hashes are computed once).
 */
export function charsOf(text: string): string[] {
  // Without surrogates (nearly every sentence) one slot per code unit, sized up front.
  if (!SURROGATE_UNIT.test(text)) {
    const chars: string[] = new Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      chars[i] = BMP_CHARS[code] ??= text[i];
    }
    return chars;
  }
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out.push((BMP_CHARS[code] ??= text[i]));
  }
  return out;
}

export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSurrogate(code)) {
      if (isHanUnit(code)) n++;
      continue;
    }
    // A character outside the BMP (𠮷) or a lone surrogate, tested as [...text] would give it.
    const pair = code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (HAN.test(pair ? text.slice(i, i + 2) : text[i])) n++;
    if (pair) i++;
  }
  return n;
}

const UNMARK: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries(MARKS)) marks.forEach((m, tone) => (UNMARK[m] = [base, tone || 5]));

/** Tone-marked syllable → numbered ("lǜ" → "lü4", "de" → "de5", "diǎnr" → "dianr3"). */
export function numberSyllable(marked: string): string {
  let tone = 5;
  let body = "";
  for (const c of marked.normalize("NFC").toLowerCase()) {
    const u = UNMARK[c];
    if (u && u[1] !== 5) tone = u[1];
    body += u ? u[0] : c;
  }
  return body + tone;
}

/**
 * Er-hua written as one syllable: "diǎn r" → "diǎnr". The dictionaries give the suffix 儿 its
 * own toneless syllable "r" (CC-CEDICT r5); ér (女儿, 儿子) is a full syllable and stays.
 */
export function joinErhua(reading: string): string {
  if (!reading.includes(" r")) return reading;
  return reading.replace(/(\S) r(?=\s|$)/g, "$1r");
}
