import { pinyin as pinyinPro } from "pinyin-pro";
import { cedictEntries } from "@/lib/dict/cedict";
import type { TagOf } from "./frames";
import { BoundedMap } from "@/lib/text/bounded-map";

// A surname has its own reading in some characters (曾 Zēng, 单 Shàn, 仇 Qiú, 解 Xiè, 区 Ōu, 查
// Zhā). Where the sentence shows the character is a surname, it takes that reading:
// - the first character of a person's name (a token of two or three characters jieba tags nr whose
//   rest looks like a given name: 曾国藩, 单田芳; not 曾用名, 曾效力), and
// - the word right after 姓 "to be surnamed" (他姓单, 我姓曾).
// The reading is pinyin-pro's surname mode, taken only where CC-CEDICT confirms it (an entry
// "surname …" with that reading), so two sources agree. Words that merely start with such a
// character (曾经, 单独) are dictionary words and never reach this; 姓名 is one token, not 姓 + 名.

const cache = new BoundedMap<string, string | null>();

/** The character's surname reading where it differs from its common one, else null. */
export function surnameOnlyReading(ch: string): string | null {
  let reading = cache.get(ch);
  if (reading === undefined) {
    const surname = pinyinPro(ch, { surname: "head", type: "array", toneSandhi: false })[0]?.toLowerCase();
    const plain = pinyinPro(ch, { type: "array", toneSandhi: false })[0]?.toLowerCase();
    const confirmed = cedictEntries(ch).some(
      (e) => e.capitalised && e.pinyin?.toLowerCase() === surname && e.definitions.some((d) => /^surname\b/i.test(d)),
    );
    reading = surname && surname !== plain && confirmed ? surname : null;
    cache.set(ch, reading);
  }
  return reading;
}

/**
 * Whether the characters after the first look like a given name, not a word: jieba tags some
 * phrases nr (曾用名, 曾效力, 盖房子), where the rest is a word, starts with a verb, or the first two
 * characters form a word.
 */
function givenName(chars: string[], tagOf: TagOf): boolean {
  const rest = chars.slice(1).join("");
  if (tagOf(rest) !== null || tagOf(chars[0] + chars[1]) !== null) return false;
  return !/^(v|vn|vd|p|d|c|u.*)$/.test(tagOf(chars[1]) ?? "");
}

/** The reading of the first character of tokens[i] when the sentence shows it is a surname, else null. */
export function surnameReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const token = tokens[i];
  const chars = [...token];
  const afterXing = tokens[i - 1] === "姓" && chars.length <= 2;
  const personName = chars.length >= 2 && chars.length <= 3 && tagOf(token) === "nr" && givenName(chars, tagOf);
  return afterXing || personName ? surnameOnlyReading(chars[0]) : null;
}
