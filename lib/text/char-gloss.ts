import { cedictEntries, entryForReading, isNoiseSense, preferredEntry, readableSense, shortGloss } from "@/lib/dict/cedict";
import { isObscureSense } from "@/lib/dict/sense-order";
import { ADDRESS_AFTER_SURNAME } from "@/lib/dict/name-rules";
import { surnameSense } from "./g2p/surnames";
import { ASPECT, COMPLEMENT, DETERMINER, LOCATIVE } from "./role-words";
import { dictTag } from "./segment";
import { wordFrequency } from "./segmenter";
import { DEGREE_DEATH, takesDegreeDeath } from "./degree-gloss";
import { prefixSense } from "./prefix-sense";
import { measureGloss } from "./number-gloss";

// The last resort for a word no dictionary has and no rule could gloss (原型车, 硬化症, 唱首歌,
// 交上来): the dictionary words inside it, else its characters, each with its commonest sense in the
// token's reading, written as a breakdown ("原型 prototype · 车 car", "雌 female · 鸟 bird"), never
// as "a + b" as if it were the word's meaning. A learner reads it as what it is, the characters'
// dictionary senses, and every Han token has something to show (issue 13: a gloss or a name).
// composed-gloss.ts and part-gloss.ts decline one-character parts because a lone character's first
// sense read as the word's meaning misleads (何种 "what + seed"); shown beside its character it is a
// fact about the character, not a claim about the word.

/** Senses that say nothing about a character's meaning in a word. */
const NOT_A_MEANING = /^(?:surname|(?:old |archaic |ancient |erroneous |Japanese )?variant of|see |used in |abbr\. for|CL:|(?:Taiwan |also |colloquial )?pr\.)/;
/** A sense that only points to another form of the word: "variant of 黏[nian2]". */
const VARIANT = /^(?:\(.*?\)\s*)?(?:old |archaic |ancient |erroneous |Japanese )?variant of (?:\p{Script=Han}+\|)?(\p{Script=Han}+)/u;
/** A parenthesis of notes ("(esp. a medicinal product)", "(CL:条)"), dropped from a long sense. */
const NOTE = /\s*\([^()]*\)/g;
/** CEDICT's note of a noun's measure words ("song (CL:首,支)"). */
const CL_NOTE = /\s*\(CL:[^)]*\)/g;
/** Longest sense shown whole; a longer one loses its notes. */
const LONG = 24;
/** Longest sense shown at all: a longer one gives way to a shorter sense, or is cut at its first comma. */
const LONGEST = 40;
/** Numerals and demonstratives a measure word follows (一小块, 这件, 几首). */
const COUNTERS = new Set([..."〇零一二三四五六七八九十百千万两几这那哪每某"]);
/** Units after a numeral (第九日 "day", not "sun"; 第八代 "generation"): CEDICT lists another sense first. */
const UNIT: Record<string, string> = { 代: "generation", 号: "number; date", 日: "day", 天: "day", 年: "year", 月: "month", 周: "week", 时: "hour; o'clock", 分: "minute; point", 秒: "second", 岁: "years old" };
/** Size words between a numeral and its measure word (一小块, 一大碗). */
const SIZE = new Set(["小", "大"]);
const HAN = /\p{Script=Han}/u;
/** Longest dictionary word tried inside the token. */
const MAX_PART = 4;
const BOUND_FORM = /^\(bound form\) /;
/** A classifier sense, in CEDICT's older ("classifier for songs") or newer ("(classifier) sum of money") wording. */
const CLASSIFIER = /^(?:classifier for |\(classifier\) )/;

/**
 * A character's or word's commonest sense in `reading` (a classifier's only when it has no other),
 * or null. Common entries first: 周 is "week; circuit" before the Zhou dynasty.
 */
export function partSense(part: string, reading: string | null, followVariant = true): string | null {
  return chosenSense(partSenses(part, reading, followVariant));
}

/** The sense partSense shows of a part's senses (partSenses), or null. */
function chosenSense(senses: { shown: string[]; measure: boolean } | null): string | null {
  if (!senses) return null;
  // A sense that is an essay (打 "a semantically light, transitive verb that…") gives way to a short one.
  const sense = senses.shown.find((d) => d.length <= LONGEST) ?? senses.shown[0] ?? (senses.measure ? "(measure word)" : null);
  return sense && sense.length > LONGEST ? cut(sense) : sense;
}

/** A part's short senses in `reading`, commonest first (classifier senses out: `measure` says whether it had any), or null without an entry. */
function partSenses(part: string, reading: string | null, followVariant = true): { shown: string[]; measure: boolean } | null {
  const entries = cedictEntries(part);
  const common = entries.filter((e) => !e.capitalised);
  const entry = entryForReading(common.length ? common : entries, reading);
  if (!entry) return null;
  // 粘 nián is only "variant of 黏[nian2]": the sense of the character it points to.
  const variant = entry.definitions.length && entry.definitions.every((d) => VARIANT.test(d)) ? VARIANT.exec(entry.definitions[0])![1] : null;
  // One step only: two forms may each call the other the variant.
  if (variant && followVariant && [...variant].length === [...part].length) return partSenses(variant, reading, false);
  const real = entry.definitions.filter((d) => !isNoiseSense(d) && !NOT_A_MEANING.test(d));
  const plain = real.filter((d) => !isObscureSense(d));
  const pool = plain.length ? plain : real;
  return { shown: pool.filter((d) => !CLASSIFIER.test(d)).map(shortSense), measure: pool.length > 0 };
}

/**
 * The first character of a breakdown, glossed by the sense it has at the start of words
 * (prefix-sense.ts: 核 "nuclear" opening 核污染). A closing character keeps its first sense: at the
 * end the words' senses split (法 "law" in 土地法, "method" in 滴定法; 片 "film", "thin piece").
 */
function openingSense(ch: string, reading: string | null, chars: string[]): string | null {
  // A surname before its form of address in one token (仇先生: "surname Qiu", not "spouse").
  if (chars.length >= 3 && ADDRESS_AFTER_SURNAME.has(chars.slice(1).join(""))) {
    const surname = surnameSense(ch, reading);
    if (surname) return surname;
  }
  const senses = partSenses(ch, reading);
  // A verb and its complement (关进, 花完: both verbs by jieba's tags): the character's first verb
  // sense (关 "to close", not "mountain pass"); 长住 (长 an adjective) keeps "long".
  // So is a verb before a pronoun, its object (带你去 "带 to bring · 你 you · 去 to go").
  const object = OBJECT_PRONOUNS.has(chars[1]) && chars.length >= 2;
  if (((chars.length === 2 && COMPLEMENT[chars[1]] && /^v/.test(dictTag(chars.join("")) ?? "")) || object) && /^v/.test(dictTag(ch) ?? "")) {
    const verb = senses?.shown.find((d) => d.startsWith("to ") && d.length <= LONGEST);
    if (verb) return verb;
  }
  const short = senses?.shown.filter((d) => d.length <= LONGEST && !d.startsWith("(measure word")) ?? [];
  return short.length > 1 ? prefixSense(ch, reading, short) : chosenSense(senses);
}

/** A long sense cut at its first comma, else at a word before LONGEST, its brackets closed. */
function cut(sense: string): string {
  let out = sense.split(", ")[0];
  if (out.length > LONGEST) {
    const space = out.lastIndexOf(" ", LONGEST);
    out = `${out.slice(0, space > 0 ? space : LONGEST)}…`;
  }
  const open = out.split("(").length - out.split(")").length;
  return open > 0 ? out + ")".repeat(open) : out;
}

/** The first of a sense's "; " parts, without its cross-references, measure words and (when long) notes. */
function shortSense(sense: string): string {
  let first = readableSense(sense.replace(BOUND_FORM, "")).split("; ")[0].replace(CL_NOTE, "").trim();
  if (first.length > LONG) first = first.replace(NOTE, "").trim() || first;
  return first;
}

/**
 * "原型 prototype · 车 car" for a token of two or more Han characters: the dictionary words inside it
 * by greedy longest match (never the whole token), else single characters, each in its syllables of
 * `pinyin` where the counts agree; null for anything else or when a character has no entry.
 */
export function characterGloss(text: string, pinyin: string | null): string | null {
  const chars = [...text];
  if (chars.length < 2) return null;
  for (const ch of chars) if (!HAN.test(ch)) return null;
  const syllables = pinyin?.split(" ") ?? [];
  const read = (from: number, to: number) => (syllables.length === chars.length ? syllables.slice(from, to).join(" ") : null);
  const parts: string[] = [];
  // Whether the part before is a verb by its sense or only by jieba's (noisy) tag.
  let verbBefore: "sense" | "tag" | null = null;
  for (let i = 0; i < chars.length; ) {
    let len = Math.min(MAX_PART, chars.length - i - (i === 0 ? 1 : 0));
    let sense: string | null = null;
    for (; len >= 1 && !sense; len--) {
      if (len === 1) sense = roleSense(chars, i, verbBefore) ?? (i === 0 ? openingSense(chars[0], read(0, 1), chars) : partSense(chars[i], read(i, i + 1)));
      // (A name whose last character opens a common word yields to it: 劳动报酬 is 劳动 + 报酬, no 劳动报
      // "Trud" + 酬; 中国美术家 keeps 中国 "China".)
      else if (cedictEntries(chars.slice(i, i + len).join("")).length && !nameOverWord(chars, i, len) && !overlapCommoner(chars, i, len)) sense = countSense(chars.slice(i, i + len).join(""), read(i, i + len), i + len === chars.length);
    }
    if (!sense) return null;
    len++; // the loop stepped past the length that answered
    const part = chars.slice(i, i + len).join("");
    parts.push(`${part} ${sense}`);
    verbBefore = sense.startsWith("to ") ? "sense" : /^v/.test(dictTag(part) ?? "") ? "tag" : null;
    i += len;
  }
  return parts.join(" · ");
}

/** A character's first sense that is no bound form and no verb (总 "in every case; always"). */
function adverbSense(ch: string): string | null {
  const entry = preferredEntry(cedictEntries(ch).filter((e) => !e.capitalised));
  const sense = entry?.definitions.find((d) => !isNoiseSense(d) && !/^(?:\(|to )/.test(d));
  return sense ? readableSense(sense) : partSense(ch, null);
}

/**
 * The part chars[i, i+len) is only a proper noun, and its last character opens a common word of two
 * characters far commoner than it (报酬 against the newspaper 劳动报; not 省委 against 湖北省).
 */
function nameOverWord(chars: string[], i: number, len: number): boolean {
  if (i + len >= chars.length) return false;
  const name = chars.slice(i, i + len).join("");
  if (cedictEntries(name).some((e) => !e.capitalised)) return false;
  const word = chars[i + len - 1] + chars[i + len];
  // (A name and a building or place after it is a place's name: 天后宫 is Tin Hau's temple, no 后宫 "harem".)
  if (PLACE_END.has(chars[i + len])) return false;
  return cedictEntries(word).some((e) => !e.capitalised) && wordFrequency(word) >= OVERLAP_RATIO * Math.max(1, wordFrequency(name));
}
const PLACE_END = new Set([..."宫庙寺阁观祠殿楼塔山桥湖江河路街城港岛省市县区"]);

/**
 * A part's sense; a count of one that CC-CEDICT glosses as an ordinal (一轮 "first round or stage",
 * 一次 "first; first time") reads as the count it is, closing a longer word (新一轮 "a new round";
 * 一次次 "time and again" keeps its parts).
 */
function countSense(part: string, reading: string | null, closing: boolean): string | null {
  const sense = partSense(part, reading);
  if (!closing || part.length !== 2 || part[0] !== "一" || !sense?.startsWith("first")) return sense;
  return measureGloss(part, reading) ?? sense;
}

/**
 * Whether a three-character token is a one-character verb and its object rather than the word its
 * first two characters make (做作业: 做 + 作业 "homework", not 做作 "affected" + 业; 穿衣服, 盖房子):
 * the first character is a verb by jieba's tag and its first sense, the last two a noun far commoner
 * than the first two. 归属于 (属于 is a verb), 同一个, 淡黄色 (淡 is no verb), 派生物 (派 "clique" first)
 * and 起义军 (起义 is common) keep the greedy match.
 */
function overlapCommoner(chars: string[], i: number, len: number): boolean {
  if (chars.length !== 3 || i !== 0 || len !== 2 || !/^v/.test(dictTag(chars[0]) ?? "") || !partSense(chars[0], null)?.startsWith("to ")) return false;
  const object = chars[1] + chars[2];
  if (dictTag(object) !== "n" || !cedictEntries(object).length) return false;
  return wordFrequency(object) >= OVERLAP_RATIO * Math.max(1, wordFrequency(chars[0] + chars[1]));
}
const OVERLAP_RATIO = 10;

/** Whether what follows the first character is a predicate: its next character a verb, or the rest a verb or adjective by jieba's tag (别|着急). */
const verbAfter = (chars: string[]) => /^v/.test(dictTag(chars[1]) ?? "") || /^(?:v|a)/.test(dictTag(chars.slice(1).join("")) ?? "");

/** Adverbs a modal 会 follows inside a token jieba made (总会 "will always", 也会, 就会). */
const ADVERB_BEFORE_MODAL = new Set([..."总就也都才还又不只定该将必准"]);
const NUMERAL_CHAR = /^[〇零一二三四五六七八九十百千万亿两几]$/u;
/** Pronouns a verb takes as its object inside a token (带你去, 叫他来). */
const OBJECT_PRONOUNS = new Set([..."你我他她它您"]);

/**
 * A character's sense from its place in the token, where its first sense would be another role's:
 * a determiner before a noun (该片 "this (aforementioned)", not "should"), a measure word after a
 * numeral (一小块) or between a verb and its object (唱首歌: 首 "(classifier)", not "head"), a
 * complement after a verb (夹住 "(firmly; to a halt)", not "to live"; 长住 "long + to live" stays).
 */
/** Liquids and loose things one pours (倒油, 倒水, 倒茶, 倒酒, 倒垃圾). */
const POURED = /^[油水茶酒醋汤奶汁粥垃]$/u;

/** CC-CEDICT's first sense of the character is a bound noun (品 "(bound form) article; commodity"). */
function boundNounFirst(ch: string): boolean {
  const first = cedictEntries(ch).find((e) => !e.capitalised)?.definitions.find((d) => !isNoiseSense(d));
  return first !== undefined && /^\(bound form\) (?!to )/.test(first);
}

function roleSense(chars: string[], k: number, verbBefore: "sense" | "tag" | null): string | null {
  const ch = chars[k];
  // (A noun jieba tags otherwise but CC-CEDICT has first as a bound noun counts: 本品 "this · product".)
  if (k === 0 && DETERMINER[ch] && chars.length === 2 && (/^[nq]/.test(dictTag(chars[1]) ?? "") || boundNounFirst(chars[1]))) return DETERMINER[ch];
  if (k === 0 && ch === "第" && chars.length > 1 && COUNTERS.has(chars[1])) return "(ordinal prefix)";
  // 首 before a measure word is "first" (首艘邮轮, 首架), not "head".
  if (k === 0 && ch === "首" && chars.length === 2 && classifierOf(chars[1])) return "first";
  // 别 before a verb (别忘了, 别着急): "don't", not its first sense "to leave"; 被 before a verb (被淹)
  // the passive, not "quilt".
  if (k === 0 && (ch === "别" || ch === "被") && chars.length > 1 && verbAfter(chars)) return ch === "别" ? "don't (do sth)" : "(passive marker) by; to be (done)";
  // 倒 before what is poured (倒油, 倒水, 倒茶): "to pour", not CC-CEDICT's first "to invert".
  if (k === 0 && ch === "倒" && chars.length >= 2 && POURED.test(chars[1])) return "to pour";
  if (k > 0 && verbBefore && COMPLEMENT[ch]) return COMPLEMENT[ch];
  // An aspect particle after a verb (当过兵: 过 "(before, experienced)", not "to cross").
  if (k > 0 && verbBefore === "sense" && ASPECT[ch]) return ASPECT[ch];
  // 会 closing a token no dictionary has (展会, 校友会, 法国总会): the gathering or association, not
  // the modal "can" (会 first of all in CC-CEDICT); after an adverb it is the modal (总会 in 杰基总会出现
  // "will always", 应该会).
  if (k > 0 && k === chars.length - 1 && ch === "会" && !ADVERB_BEFORE_MODAL.has(chars[k - 1]) && dictTag(chars[k - 1]) !== "d") return "meeting; gathering; association";
  // An adverb and the modal 会 (总会 "always · will", 也会): the adverb's own first sense, not the one
  // its words share (总 "general" in 总统, 总部), and the modal's "will".
  if (chars.length === 2 && chars[1] === "会" && ADVERB_BEFORE_MODAL.has(chars[0])) return k === 0 ? adverbSense(ch) : "will; be likely to (modal)";
  // 累死, 热死 (jieba's words): 死 the degree, as degree-gloss.ts reads it after such a word alone.
  if (k > 0 && k === chars.length - 1 && ch === "死" && takesDegreeDeath(chars[k - 1])) return DEGREE_DEATH;
  // A locative closing the token after a noun (河里 "river + in; inside", 桌上), not its first sense
  // (里 "lining"); after a numeral it is a unit or a word's end (百里 "a hundred li").
  if (k > 0 && k === chars.length - 1 && !verbBefore && LOCATIVE[ch] && !NUMERAL_CHAR.test(chars[k - 1]) && /^n/.test(dictTag(chars[k - 1]) ?? "")) return LOCATIVE[ch];
  // 后 or 前 closing two characters after an event, a verb or a time (赛后, 考前): the time, "after"
  // or "before", not 后's first sense "back"; after a thing (门后, 车前) it is a place, and 会后, 饭前,
  // 战后 are words of their own.
  if (k === 1 && chars.length === 2 && (ch === "后" || ch === "前") && /^(?:v|vn|t|nz)$/.test(dictTag(chars[0]) ?? "")) return ch === "后" ? "after" : "before";
  const afterCounter = k > 0 && (COUNTERS.has(chars[k - 1]) || (k > 1 && SIZE.has(chars[k - 1]) && COUNTERS.has(chars[k - 2])));
  if (afterCounter && UNIT[ch]) return UNIT[ch];
  // 唱首歌, not 盛水期 (盛 "flourishing") nor 全名是 (是 is no object).
  const betweenVerbAndObject = k === 1 && chars.length >= 3 && verbBefore === "sense" && /^n/.test(dictTag(chars[2]) ?? "");
  if ((afterCounter || betweenVerbAndObject) && (dictTag(ch) === "q" || classifierOf(ch))) return classifierOf(ch);
  return null;
}

/**
 * What a measure word counts, from its classifier senses: "(measure word for songs)" where it has
 * one, "(measure word)" where it has several (位 counts people and bits, 笔 strokes and sums: what
 * this one counts is outside the token), null when it is no measure word.
 */
function classifierOf(ch: string): string | null {
  const senses = cedictEntries(ch).flatMap((e) => e.definitions.filter((d) => CLASSIFIER.test(d)));
  if (!senses.length) return null;
  if (senses.length > 1) return "(measure word)";
  const what = readableSense(senses[0]).split("; ")[0].replace(NOTE, "").replace(/^classifier /, "").replace(/^\s*/, "").trim();
  return what.startsWith("for ") ? `(measure word ${what})` : `(measure word: ${what})`;
}

/**
 * A word no dictionary has, made of a word and the er-hua suffix (小曲儿 xiǎo qǔr, 鱼儿 yúr): the
 * word's gloss in its reading, as CC-CEDICT glosses its own er-hua words by the word without 儿.
 */
export function erhuaGloss(text: string, pinyin: string | null): string | null {
  if (!pinyin || text.length < 2 || !text.endsWith("儿")) return null;
  const syllables = pinyin.split(" ");
  const last = syllables[syllables.length - 1];
  if (syllables.length !== [...text].length - 1 || last.length < 2 || !last.endsWith("r")) return null;
  syllables[syllables.length - 1] = last.slice(0, -1);
  const entry = entryForReading(cedictEntries(text.slice(0, -1)).filter((e) => !e.capitalised), syllables.join(" "));
  return entry ? shortGloss(entry) : null;
}
