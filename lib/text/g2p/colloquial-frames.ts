// Readings of colloquial frames (frames.ts applies them to one-character tokens). Counter-cases in
// tests/unit/text/colloquial-frames.test.ts.
//   着 in 着什么急 / 着啥急: the word 着急 "to worry" opened by a question word, zháo;
//   和 kneading dough or mud (把面和好, 面要和得软一点): huó, "to mix with water";
//   差 before a person sent somewhere (差人去送信): chāi, "to send on an errand";
//   数 before what is counted, a noun of two characters or more (数数字, 数钞票, 数星星): shǔ, "to
//     count" (数百人, 数年, 数国 are "several": a numeral, a time word or one character follows);
//   晕 in a sentence about riding a boat, car or plane (坐船容易晕, 一坐车就晕): yùn, motion
//     sickness, as in the words 晕船, 晕车, 晕机 (头晕, 晕过去, 晕倒 keep yūn, "dizzy; to faint");
//   切 on its own, or opening a token no dictionary has (切菜, 切碎): qiē, "to cut"; qiè lives in
//     words (一切, 切实, 密切, 切记) and in the adverb before a prohibition (切不可, 切勿 "by no means");
//   a sentence-final particle closing a clause (太好啦, 走喽, 知道了哦, 好哇): its neutral reading, the
//     one CC-CEDICT glosses as a final or modal particle (啦 la, not lā "(onom.)"); 哦 opening a
//     clause stays the interjection ò;
//   难 after a degree word or V起来 / V上去 (说起来容易，做起来难; 听上去很难): nán, "difficult"; nàn
//     "disaster" is a noun, found in words (灾难, 遇难, 难民, 避难) and set phrases (一方有难).

import type { TagOf } from "./frames";
import { CLAUSE_END, DEGREE } from "./frame-words";
import { cedictEntries } from "@/lib/dict/cedict";

/** What is kneaded with water (面, 面粉, 泥). */
const KNEADED = new Set(["面", "面粉", "泥", "泥巴", "馅", "馅儿"]);
/** What follows kneading: its result or the complement's particle (和好, 和匀, 和得软一点). */
const KNEAD_RESULT = new Set(["好", "匀", "成", "得", "了", "一下", "一和"]);
/** Modals and adverbs between the dough and 和. */
/** A count of times an action is done (一遍, 两下, 一会儿). */
const TIMES = /^[一两几]?(?:遍|下|次|会儿)$/u;
/** What follows the verb 和 huó before the dough it names later (和了一大盆面, 和好一团面). */
const DOUGH_FIRST = new Set(["了", "好", "着"]);
/** Who kneads, between the dough put first and the verb (面我和好了). */
const KNEADERS = new Set(["我", "你", "他", "她", "我们", "咱", "咱们", "妈", "妈妈", "奶奶"]);
const BETWEEN = new Set(["要", "得", "先", "再", "已经", "还", "没", "没有", "都", "也", "就"]);
/** Who is sent (差人, 差个人). */
const SENT = new Set(["人", "个人", "人去"]);
/** Where the one sent goes, or what to do (去, 来, 送). */
const ERRAND = /^(?:去|来|送|把|给|到|前往)/u;

/** Nouns' tags (数字 n, 钞票 n); not numerals, measure or time words (数百 m, 数年 t). */
const COUNTED_NOUN = /^n[a-z]?$/;
/** A numeral opening what follows (数百人, 数十万, 数千名): 数 is "several". */
const NUMERAL_START = /^[0-9十百千万亿几]/u;

/** 数 before a noun of two characters or more (孩子在数数字): shǔ. */
export function countReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next === undefined || next.length < 2 || NUMERAL_START.test(next)) return null;
  return COUNTED_NOUN.test(tagOf(next) ?? "") ? "shǔ" : null;
}

/** 着 before 什么 or 啥 and 急 (你着什么急): zháo. */
export function worryReading(tokens: string[], i: number): string | null {
  const what = tokens[i + 1];
  return (what === "什么" || what === "啥") && tokens[i + 2]?.startsWith("急") ? "zháo" : null;
}

/** 和 after dough or mud and before a result (把面和好): huó. */
export function kneadReading(tokens: string[], i: number): string | null {
  // The dough may stand before a modal or adverb (面要和得软一点, 面先和好).
  // (Or before the one who kneads it: 面我和好了.)
  const dough = KNEADED.has(tokens[i - 1] ?? "") || ((BETWEEN.has(tokens[i - 1] ?? "") || KNEADERS.has(tokens[i - 1] ?? "")) && KNEADED.has(tokens[i - 2] ?? ""));
  if (dough && KNEAD_RESULT.has(tokens[i + 1] ?? "")) return "huó";
  // An aspect or result, then the dough counted after it (用温水和了一大盆面, 和好一团面): the verb too.
  if (DOUGH_FIRST.has(tokens[i + 1] ?? "")) {
    for (let k = i + 2; k < tokens.length && k <= i + 6 && !CLAUSE_END.test(tokens[k]); k++) if (KNEADED.has(tokens[k])) return "huó";
  }
  // Closing its clause, or before a count of times (再和一遍), with the dough earlier in the clause
  // (面粉要用温水和): nothing is joined to anything.
  if (i + 1 < tokens.length && !CLAUSE_END.test(tokens[i + 1]) && !TIMES.test(tokens[i + 1])) return null;
  for (let k = i - 1; k >= 0 && !CLAUSE_END.test(tokens[k]); k--) if (KNEADED.has(tokens[k])) return "huó";
  return null;
}

/** 差 before a person and an errand (差人去看看, 差个人送过去): chāi. */
export function errandReading(tokens: string[], i: number): string | null {
  const who = tokens[i + 1];
  if (who === undefined || !SENT.has(who)) return null;
  return who === "人去" || ERRAND.test(tokens[i + 2] ?? "") ? "chāi" : null;
}

/** Riding what makes one sick (坐船, 坐车, 坐飞机, 乘船). */
const RIDE = /^(?:坐|乘|搭)(?:船|车|飞机|汽车|火车|公交|公交车|大巴|轮船|机)$|^(?:船|车|飞机|汽车|轮船)上$/u;

/** 晕 alone in a sentence about riding (我坐船容易晕): yùn. */
export function motionSickReading(tokens: string[], i: number): string | null {
  // Fainting (晕过去, 晕倒, 晕了过去) is yūn whatever one rides.
  const next = tokens[i + 1];
  if (next === "过去" || next === "倒" || (next === "了" && tokens[i + 2] === "过去")) return null;
  for (let k = 0; k < tokens.length; k++) if (k !== i && RIDE.test(tokens[k])) return "yùn";
  return null;
}

/** What the adverb 切 "by all means; never" stands before: a prohibition (切不可大意, 切莫, 切勿). */
const PROHIBITION = /^(?:不可|不能|不要|不得|莫|勿|忌|记)/u;

/** 切 as a verb (切菜, 把西瓜切开, 切了两刀) is qiē; before a prohibition (切不可, 切莫) qiè. */
export function cutReading(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] ?? "";
  const after = next + (tokens[i + 2] ?? "");
  return PROHIBITION.test(next) || (next === "不" && PROHIBITION.test(after)) ? "qiè" : "qiē";
}

/** What an action is judged by (做起来难, 听上去难). */
const JUDGED_BY = new Set(["起来", "上去", "来说"]);

/** 难 judging an action or after a degree word (做起来难, 太难了): nán. */
export function hardReading(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] ?? "";
  if (JUDGED_BY.has(prev) || DEGREE.has(prev)) return "nán";
  // A disaster one meets or has, closing its clause (一方有难, 遇难 and 逃难 are words): nàn.
  const next = tokens[i + 1];
  return MET.test(prev) && (next === undefined || CLAUSE_END.test(next)) ? "nàn" : null;
}

/** Having or meeting a disaster (有难, 遭难: 一方有难，八方支援). */
const MET = /[有遭遇]$/u;

/** A sense of a sentence-final particle: "sentence-final particle …", "(final particle …)", "modal particle …", "replaces 啊 …". */
const FINAL_PARTICLE_SENSE = /^\(?(?:sentence-final|final|modal) particle\b|^\(particle equivalent to 啊|^replaces 啊/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const finalParticles = new Map<string, string | null>();

/** jieba's tags of a verb or name character (罢 in 免职而罢, 耶 in 伽耶), and of an interjection before (嘿唷) or a name's piece (伽, 吒). */
const NOT_PARTICLE = /^(?:v|n)/;
const NOT_BEFORE_PARTICLE = /^(?:e|g|zg|x|nr\w*|ns)$/;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * A one-character token closing its clause after a word, read as the final particle it is (太好啦
 * la). Not a verb or name character (而罢 bà, 伽耶), nor after an interjection (嘿唷), a piece of a
 * name jieba did not know (知吒吒耶, 萨哇) or what is no Chinese word (ーー哦).
 */
export function finalParticleReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const ch = tokens[i];
  if (ch.length !== 1) return null;
  // The character's particle reading first (kept per character): most characters have none.
  let reading = finalParticles.get(ch);
  if (reading === undefined) {
    const entry = cedictEntries(ch).find((e) => !e.capitalised && e.pinyin !== null && !TONE_MARK.test(e.pinyin) && FINAL_PARTICLE_SENSE.test(e.definitions[0] ?? ""));
    reading = entry?.pinyin ?? null;
    finalParticles.set(ch, reading);
  }
  if (reading === null) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || CLAUSE_END.test(prev) || (next !== undefined && !CLAUSE_END.test(next))) return null;
  if (NOT_PARTICLE.test(tagOf(ch) ?? "") || !HAN_CHAR.test(prev) || (prev.length === 1 && NOT_BEFORE_PARTICLE.test(tagOf(prev) ?? ""))) return null;
  return reading;
}

/** Boats and what rows them; a match, struck (划火柴 huá "to strike"). */
const ROWED_OR_STRUCK = new Set(["船", "小船", "木船", "龙舟", "皮划艇", "舢板", "竹筏", "木筏", "桨", "双桨", "艇", "小艇", "火柴", "一根火柴"]);

/**
 * 划 with a boat or an oar after it in its clause (在湖上划了一下午船, 划着小船, 划了几下桨) is huá "to
 * row", as in the word 划船, and before a match (划着火柴) huá "to strike"; 划了一条线, 把钱划到账上
 * and 划分 are the model's or the dictionary's. (Also 划着, 划了 kept whole: frames.ts SPLIT_FIRST.)
 */
export function rowReading(tokens: string[], i: number): string | null {
  for (let k = i + 1; k < tokens.length && k <= i + 6 && !CLAUSE_END.test(tokens[k]); k++) if (ROWED_OR_STRUCK.has(tokens[k])) return "huá";
  return null;
}
