import { pinyin as pinyinPro } from "pinyin-pro";
import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import type { TagOf } from "./frames";
import { BoundedMap } from "@/lib/text/bounded-map";
import { ADDRESS_AFTER_SURNAME, RANKS_AFTER_SURNAME, isRoleBeforeName } from "@/lib/dict/name-rules";
import { CLAUSE_END } from "./frame-words";

// A surname has its own reading in some characters (曾 Zēng, 单 Shàn, 仇 Qiú, 解 Xiè, 区 Ōu, 查
// Zhā). Where the sentence shows the character is a surname, it takes that reading:
// - the first character of a person's name (a token of two or three characters jieba tags nr whose
//   rest looks like a given name: 曾国藩, 单田芳; not 曾用名, 曾效力), and
// - the word right after 姓 "to be surnamed" (他姓单, 我姓曾), and
// - a character alone before a form of address (曾老师 Zēng, 单先生 Shàn) that jieba does not know
//   as a verb, preposition, conjunction, pronoun or particle (查老师的作业 "check", 向老师请教), and
// - a person's name jieba tags nr after a role or calling (学者任继愈), whatever its given name.
//   Not after a numeral or demonstrative (一单), a name, or a lone character that is no function
//   word (黄|佩|华|先生: the end of a given name).

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

/** jieba tags of characters that stand before a noun as something else than its surname. */
const NOT_SURNAME_TAGS = /^(?:v.*|p|c|u.*|r.*|m.*|f|y|e)$/;
const COUNTING = /[0-9０-９一二三四五六七八九十百千万两几这那哪每某半该此各]$/u;

/** Whether the one-character tokens[i] is a surname because a form of address follows (曾老师). */
export function beforeAddress(tokens: string[], i: number, tagOf: TagOf): boolean {
  if (tokens[i].length !== 1 || !ADDRESS_AFTER_SURNAME.has(tokens[i + 1] ?? "")) return false;
  if (NOT_SURNAME_TAGS.test(tagOf(tokens[i]) ?? "")) return false;
  const prev = tokens[i - 1] ?? "";
  if (COUNTING.test(prev)) return false;
  // The end of a name cut in pieces (黄|佩|华|先生, 布朗|齐|夫人) is no surname: before it stands
  // no other name, nor a lone character that is not a function word (是王老师, 和张医生 are).
  const prevTag = tagOf(prev) ?? "";
  // jieba tags some words as names (谢谢 nr): a name here is one CC-CEDICT lacks as vocabulary.
  if (/^nr/.test(prevTag) && !isVocabulary(prev)) return false;
  return !(prev.length === 1 && /\p{Script=Han}/u.test(prev) && !/^(?:p|c|u.*|d|v.*|r.*|y|e)$/.test(prevTag));
}

/** surnameOnlyReading by the character's code (BMP), looked up once per character. */
const byCode: (string | null | undefined)[] = new Array(65536);

/** surnameOnlyReading of a one-character word by its code (looked up once per character). */
export function surnameOnlyAt(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || (code >= 0xd800 && code <= 0xdfff)) return surnameOnlyReading(ch);
  let reading = byCode[code];
  if (reading === undefined) reading = byCode[code] = surnameOnlyReading(ch);
  return reading;
}

/** The reading of the first character of tokens[i] when the sentence shows it is a surname, else null. */
export function surnameReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const token = tokens[i];
  const code = token.charCodeAt(0);
  // Most characters have no surname reading of their own: nothing else to ask.
  if ((code < 0xd800 || code > 0xdfff) && surnameOnlyAt(token[0]) === null) return null;
  const chars = [...token];
  // (Opening its clause before a form of address, a character with a surname reading of its own is
  // that surname whatever jieba tags it: 解先生是…, 仇女士说…; beforeAddress refuses verbs elsewhere.)
  const opensBeforeAddress = chars.length === 1 && (i === 0 || CLAUSE_END.test(tokens[i - 1])) && ADDRESS_AFTER_SURNAME.has(tokens[i + 1] ?? "");
  // (Before 氏 "clan; née", 解氏家族, the character is the family's name.)
  const afterXing = (tokens[i - 1] === "姓" && chars.length <= 2) || (chars.length === 1 && tokens[i + 1] === "氏") || beforeAddress(tokens, i, tagOf) || opensBeforeAddress || addressedPerson(tokens, i);
  // After a role (学者任继愈, 名将种师道) a token jieba tags a person is one, whatever its given name
  // looks like. (A lone surname and given name after a role, 画家|仇|英, merge-names.ts joins.)
  const afterRole = isRoleBeforeName(tokens[i - 1] ?? "");
  const personName = chars.length >= 2 && chars.length <= 3 && tagOf(token) === "nr" && (afterRole || givenName(chars, tagOf));
  // A surname and its form of address jieba keeps as one person's word (来自上海的|仇先生, tagged nr;
  // 1981年|任教授 "became a professor" is no person: tagged n).
  const addressed = chars.length >= 3 && ADDRESS_AFTER_SURNAME.has(chars.slice(1).join("")) && tagOf(token) === "nr";
  return afterXing || personName || addressed ? surnameOnlyReading(chars[0]) : null;
}

/**
 * Whether the one-character tokens[i] is a surname because it stands between what describes a
 * person (村里的, 新来的, 这位) and a form of address or a rank: 村里的解大爷 Xiè, 新来的盖主任 Gě, 这位
 * 查老师 Zhā, whatever jieba tags the character (解, 盖, 查 are verbs too: 查老师的作业 "check" has
 * nothing before it that describes a person). A rank after 区 is a district's (新来的区经理), not Ōu's.
 */
export function addressedPerson(tokens: string[], i: number): boolean {
  if (tokens[i].length !== 1) return false;
  const prev = tokens[i - 1] ?? "";
  if (prev !== "的" && !(prev.endsWith("位") && prev.length <= 2)) return false;
  const next = tokens[i + 1] ?? "";
  return ADDRESS_AFTER_SURNAME.has(next) || (RANKS_AFTER_SURNAME.has(next) && !UNIT_CHARS.has(tokens[i]));
}

/** Characters that also name an administrative unit before a rank (区经理 "district manager"). */
const UNIT_CHARS = new Set(["区"]);

const SURNAME_SENSE = /^surname\b/i;

/**
 * CC-CEDICT's "surname …" sense of a character in a reading (仇 qiú "surname Qiu"); with no reading,
 * its first surname entry's; null when it has none.
 */
export function surnameSense(ch: string, reading: string | null): string | null {
  const entry = cedictEntries(ch).find((e) => e.capitalised && (!reading || e.pinyin?.toLowerCase() === reading) && e.definitions.some((d) => SURNAME_SENSE.test(d)));
  return entry?.definitions.find((d) => SURNAME_SENSE.test(d)) ?? null;
}
