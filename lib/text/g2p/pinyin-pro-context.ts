import { pinyin as pinyinPro } from "pinyin-pro";
import { NEIGHBOUR_READ, deviantPhrases } from "@/lib/dict/pinyin-pro-phrases";
import { isHan } from "../pinyin-syllables";

// pinyin-pro's reading of a character in its sentence, for the characters nothing else reads. Read
// in the whole sentence only where the sentence could change it (see lib/dict/pinyin-pro-phrases.ts):
// a character some phrase reads otherwise, with that phrase around it, or 了 一 不 々. Any other
// character reads as it does alone, which is what the whole sentence would give too.

const aloneByCode: (string | null | undefined)[] = new Array(65536);
const alone = new Map<string, string | null>();

function readingAlone(ch: string): string | undefined {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  let reading = code >= 0 ? aloneByCode[code] : alone.get(ch);
  if (reading === undefined) {
    const r = pinyinPro(ch, { type: "array", toneSandhi: false })[0];
    reading = r && r !== ch ? r.toLowerCase() : null;
    if (code >= 0) aloneByCode[code] = reading;
    else alone.set(ch, reading);
  }
  return reading ?? undefined;
}

/** Whether a phrase that reads chars[i] otherwise than alone occurs around it (or chars[i] is read by its neighbours). */
export function deviantAround(chars: readonly string[], i: number): boolean {
  const ch = chars[i];
  if (NEIGHBOUR_READ.has(ch)) return true;
  const phrases = deviantPhrases(ch);
  if (!phrases) return false;
  for (const phrase of phrases) {
    for (let k = 0; k < phrase.length; k++) {
      if (phrase[k] !== ch) continue;
      const start = i - k;
      if (start < 0 || start + phrase.length > chars.length) continue;
      let j = 0;
      while (j < phrase.length && chars[start + j] === phrase[j]) j++;
      if (j === phrase.length) return true;
    }
  }
  return false;
}

/** Per sentence: pinyin-pro's reading of its Han character at a code-point index, lowercase. */
export class PinyinProContext {
  private whole: (string | undefined)[] | null = null;

  constructor(private readonly chars: readonly string[]) {}

  readingAt(i: number): string | undefined {
    if (!deviantAround(this.chars, i)) return readingAlone(this.chars[i]);
    this.whole ??= pinyinProReadings(this.chars);
    return this.whole[i];
  }
}

/** pinyin-pro's reading of each Han character of the sentence, by code-point index. */
function pinyinProReadings(chars: readonly string[]): (string | undefined)[] {
  const readings = pinyinPro(chars.join(""), { type: "array", toneSandhi: false });
  return chars.map((ch, i) => (isHan(ch) && readings[i] && readings[i] !== ch ? readings[i].toLowerCase() : undefined));
}
