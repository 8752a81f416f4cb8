import { cedictEntries } from "@/lib/dict/cedict";
import { historicalNames, publicFigures } from "@/lib/dict/names";
import { abbreviationGloss, mayAbbreviate } from "@/lib/dict/abbreviations";
import { TITLES } from "@/lib/dict/name-rules";
import type { Segment } from "./segment";
import { makeSegment, memoOf } from "./word-memo";
import { PAUSE } from "./g2p/frame-words";

const XIAO = "小".charCodeAt(0);
const LAO = "老".charCodeAt(0);

// The familiar names of textbooks and everyday stories, 小明, 小红, 小丽, which jieba (HMM off)
// leaves as 小|明, or glues to the word before from a harvested "name" (和小红 nr, one of ~450
// such 和/跟/在 + name lines in its default dictionary that compile-dict demotes but cannot remove).
// After a numeral, 小张 is "small" and a measure word (一|小|张|纸), not "Little Zhang" (name-forms.ts).
// Counter-cases in tests/unit/text/familiar-names.test.ts: 一|小|块, 很小, 小红花, 小猫跑了.

type TagOf = (word: string) => string | null;
type Cut = (text: string) => Segment[];

const PERSON_TAGS = new Set(["nr", "nrt", "nrfg"]);
/** Personal pronouns, alone or plural, after the word they follow in a harvested "name". */
const OBJECT_PRONOUN = /^[你您我他她它](?:们)?$/u;
/** Prepositions and conjunctions a harvested name swallowed (和小红, 跟小明); not 于, 向, 同: surnames (于谦). */
const SWALLOWED = new Set([..."和跟与对给把被让叫在从"]);

/**
 * How many characters to cut off a harvested name no dictionary knows (0: none), the rest cut by
 * the segmenter on its own. Names the lexicons list (historical and public figures) stay.
 */
function junkName(seg: Segment, tagOf: TagOf): number {
  const text = seg.text;
  if (text.length < 3 || seg.name || seg.gloss || !PERSON_TAGS.has(tagOf(text) ?? "")) return 0;
  if (cedictEntries(text).length > 0 || historicalNames().has(text) || publicFigures().has(text)) return 0;
  // A function word and a two-character name (和小红, 从金华), unless the first two characters are
  // a word (和平村).
  if (text.length === 3 && SWALLOWED.has(text[0]) && cedictEntries(text.slice(0, 2)).length === 0) return 1;
  // A place and a title (德国总理, 美国总统, 俄罗斯外长: harvested as one person): the place, then the title.
  for (let k = 2; k + 2 <= text.length; k++) if (TITLES.has(text.slice(k)) && tagOf(text.slice(0, k)) === "ns") return k;
  // A word and what follows it (觉得很没, 占地约), not a word and its suffix (清凉寺, 加冕礼, 维修区).
  const head = text.slice(0, 2);
  const rest = text.slice(2);
  if (!cedictEntries(head).some((e) => !e.capitalised)) return 0;
  // A word and a personal pronoun (谢谢您: jieba tags both 谢谢 and 谢谢您 "nr") is no name, whatever the word's tag.
  if (OBJECT_PRONOUN.test(rest)) return 2;
  if (!/^(?:v|d|a)/.test(tagOf(head) ?? "")) return 0;
  return rest.length >= 2 || !/^(?:n|q|k)/.test(tagOf(rest) ?? "n") ? 2 : 0;
}

/**
 * A harvested name of three characters whose surname makes an abbreviation compound with the
 * character before (中|方有何 → 中方|有何 "does China have any…"; 美|方有何): the character belongs to
 * that compound, which mergeNames joins again. 北|宋建隆 (an era of the Northern Song) stays: 北宋
 * is a word, not such a compound.
 */
function sharedSurname(segs: readonly Segment[], i: number, tagOf: TagOf): boolean {
  const text = segs[i].text;
  const prev = segs[i - 1]?.text;
  if (text.length !== 3 || prev === undefined || prev.length !== 1 || !mayAbbreviate(prev) || segs[i].name || !PERSON_TAGS.has(tagOf(text) ?? "")) return false;
  if (cedictEntries(text).length > 0 || historicalNames().has(text) || publicFigures().has(text)) return false;
  return abbreviationGloss(prev + text[0]) !== null;
}

export const COUNT = /^[一二两三四五六七八九十几半]$/u;

/** 小 or 老 and a character jieba keeps as one word CC-CEDICT lacks (小张), right after a numeral. */
function familiarAfterCount(segs: readonly Segment[], i: number): boolean {
  const text = segs[i].text;
  if (text.length !== 2 || (text.charCodeAt(0) !== XIAO && text.charCodeAt(0) !== LAO) || !COUNT.test(segs[i - 1]?.text ?? "")) return false;
  return !cedictEntries(text).some((e) => !e.capitalised);
}

/** Before 小X: where a name may stand (a clause's start, after 和/跟/给/叫…). */
const BEFORE_NAME = new Set(["和", "跟", "与", "同", "给", "对", "叫", "让", "被", "把", "问", "告诉", "找", "请", "等", "是", "像", "带", "陪", "帮"]);
/** Tags of X in 小X: adjectives and characters of names or places (明 a, 丽 nr, 华 ns, 刚 d). */
const GIVEN_TAGS = new Set(["a", "nr", "ns", "d", "ng", "nrfg", "ag"]);
/** After the name: a verb, adverb, time word, 的, a conjunction, or a pause. */
const AFTER_NAME = /^(?:v[a-z]*|d|ad|t|c|p|uj)$/;

/** "Together", tagged as numerals (跟小明一起去). */
const TOGETHER = new Set(["一起", "一块", "一块儿"]);

/** 小 + one character that is no noun, where a name stands and something is said of it. */
function familiarAt(segs: readonly Segment[], i: number, tagOf: TagOf): boolean {
  if (segs[i].text !== "小") return false;
  const given = segs[i + 1];
  if (!given || given.text.length !== 1 || given.name || !/\p{Script=Han}/u.test(given.text) || !GIVEN_TAGS.has(tagOf(given.text) ?? "")) return false;
  const prev = segs[i - 1]?.text;
  if (prev !== undefined && !PAUSE.test(prev) && !BEFORE_NAME.has(prev)) return false;
  const next = segs[i + 2]?.text;
  return next === undefined || PAUSE.test(next) || TOGETHER.has(next) || AFTER_NAME.test(tagOf(next) ?? "");
}

/** The segments with harvested names cut apart (before mergeNames); the same array when none applies. */
export function cutHarvestedNames(segs: Segment[], tagOf: TagOf, cut: Cut): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur: Segment[] = out ?? segs;
    // Each case needs two characters opening with 小/老, or three or more: most tokens are neither.
    const text = cur[i].text;
    if (text.length < 2 || (text.length === 2 && text.charCodeAt(0) !== XIAO && text.charCodeAt(0) !== LAO)) continue;
    // 一|小张|纸: after a numeral, 小 is "small" and 张 the measure word, not "Little Zhang".
    // (junkName reads the token alone: kept on the word's memo.)
    const memo = memoOf(cur[i]);
    const head = familiarAfterCount(cur, i) || sharedSurname(cur, i, tagOf) ? 1 : memo ? (memo.junkHead ??= junkName(cur[i], tagOf)) : junkName(cur[i], tagOf);
    if (head) {
      out = [...cur.slice(0, i), ...cut(text.slice(0, head)), ...cut(text.slice(head)), ...cur.slice(i + 1)];
    }
  }
  return out ?? segs;
}

/** Without 小 in a sentence joinFamiliarNames changes nothing there (segment.ts skips it). */
export const FAMILIAR_TRIGGERS: readonly string[] = ["小"];

/**
 * 小|明 joined into one name (after mergeNames, whose 老|王, 小|李 forms with a surname's English
 * come first); the same array when none applies.
 */
export function joinFamiliarNames(segs: Segment[], tagOf: TagOf): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i + 1 < (out ?? segs).length; i++) {
    const cur: Segment[] = out ?? segs;
    if (!familiarAt(cur, i, tagOf)) continue;
    out ??= segs.slice();
    out.splice(i, 2, makeSegment(`小${cur[i + 1].text}`, "nr", { name: true }));
  }
  return out ?? segs;
}
