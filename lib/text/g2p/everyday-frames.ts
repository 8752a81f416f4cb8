// Frames for everyday polyphones the model reads by their commonest sense where the sentence says
// otherwise (pinyin.ts applies them through frames.ts). Each is a pattern of the words around the
// character, never a word list of one text; the counter-cases sit beside each in
// tests/unit/text/everyday-frames.test.ts.

import type { TagOf } from "./frames";
import { FINAL_PARTICLES, PAUSE as CLAUSE_END, SPINNING, isVerbTag } from "./frame-words";

/** Words that say someone has or lacks something: 有空 "to have free time", 没(有)空. */
export const HAVE_WORDS: ReadonlySet<string> = new Set(["有", "没有", "没", "有没有", "都有", "还有", "也有", "都没有", "还没有", "也没有"]);
/** What may close "有空": the clause's end, a sentence particle, or a verb (有空来玩). */
const AFTER_FREE_TIME = new Set(["吗", "呢", "吧", "啊", "了", "的话", "时", "的时候", "再"]);

/**
 * 空 after 有/没有 closing the clause or before a verb is kòng, free time (我今天没有空, 有空来玩);
 * before 的 or a noun it is kōng, empty (没有空的座位), and the model decides.
 */
export function readingOfKong(tokens: string[], i: number, tagOf: TagOf): string | null {
  // The time one lacks (连吃顿饭的空都没有, 的空也没有): free time, kòng.
  if (tokens[i - 1] === "的" && (tokens[i + 1] === "都" || tokens[i + 1] === "也") && (tokens[i + 2] ?? "").startsWith("没")) return "kòng";
  if (!HAVE_WORDS.has(tokens[i - 1] ?? "")) return null;
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_END.test(next) || AFTER_FREE_TIME.has(next)) return "kòng";
  return isVerbTag(tagOf(next)) ? "kòng" : null;
}

/** The evening half of a morning-and-evening idiom: 朝 is then zhāo, "morning" (朝九晚五, 朝令夕改). */
const EVENING = new Set(["夕", "暮", "晚"]);

/**
 * Readings inside a four-character token no dictionary reads, by the idiom's pattern: 朝X夕Y,
 * 朝X暮Y, 朝X晚Y have 朝 zhāo (朝九晚五 "nine to five"); 朝鲜半岛, 朝阳公园 do not pair it so.
 * Fills `fixed` at the token's code-point offsets.
 */
export function idiomPatternReadings(chars: string[], start: number, fixed: (string | null | undefined)[]): void {
  if (chars.length === 4 && chars[0] === "朝" && EVENING.has(chars[2])) fixed[start] ??= "zhāo";
}

/**
 * 该行 opening a clause is "the bank" (finance news: 该行表示, 该行行长), 行 háng; as a predicate,
 * "should be all right" (这样该行了吧), it is xíng and the model decides.
 */
export function theBankReading(tokens: string[], t: number, chars: string[], start: number, fixed: (string | null | undefined)[]): void {
  if (chars.length !== 2 || chars[0] !== "该" || chars[1] !== "行") return;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  const opens = prev === undefined || CLAUSE_END.test(prev);
  const predicate = next === undefined || CLAUSE_END.test(next) || AFTER_FREE_TIME.has(next);
  if (opens && !predicate) fixed[start + 1] ??= "háng";
}

/** Personal pronouns (还你钱, 冲着我笑; object-frames.ts reads a grower among them: 他种的菜). */
export const PERSONS: ReadonlySet<string> = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们", "人家"]);
/** What one gives back: a thing (n), a count (一个, 一笔), or nothing more (还我！). */
const RETURNED = /^(?:n[a-z]*|m|mq|q)$/;
/** "Together", tagged as numerals by jieba. */
const TOGETHER = new Set(["一起", "一块", "一块儿", "一同", "一道", "一齐"]);

/**
 * 还 before a person and what is owed (还你钱, 还我一个公道, 你什么时候还我？), after a negation
 * or modal before a thing (他没有还钱), or before 了 (还了我一本书), is huán, "to give back"; the adverb hái goes before a verb or an adverb (还你来吧, 这里还我最熟), where the model
 * decides.
 */
/** Negations and modals before a 还 that gives back (没有还钱, 要还贷款): not adverbs of "still". */
const BEFORE_RETURNING = new Set(["没", "没有", "不", "要", "得", "该", "想", "会", "按时", "及时", "必须", "应该"]);

export function readingOfHuan(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 还复 "to return again", in verse and quotations (千金散尽还复来); 还复杂 is hái + 复杂.
  if (tokens[i + 1] === "复") return "huán";
  // 他还了我一本书, 把自行车还了回去: the adverb hái never takes 了 (这还了得 keeps its idiom: 了得).
  if (tokens[i + 1] === "了" && tokens[i + 2] !== undefined && !tokens[i + 2].startsWith("得")) return "huán";
  // 他没有还钱, 要按时还贷款: after a negation or modal, before what is owed (a noun).
  if (BEFORE_RETURNING.has(tokens[i - 1] ?? "") && /^n(?!r)/.test(tagOf(tokens[i + 1] ?? "") ?? "")) return "huán";
  if (!PERSONS.has(tokens[i + 1] ?? "")) return null;
  const after = tokens[i + 2];
  // (A spoken sentence may close on a particle: 啥时候还我呀.)
  // (一起, 一块儿 "together" jieba tags numerals: 还我们一起去吗 is hái.)
  return after === undefined || CLAUSE_END.test(after) || FINAL_PARTICLES.has(after) || (RETURNED.test(tagOf(after) ?? "") && !TOGETHER.has(after)) ? "huán" : null;
}

/**
 * 剥 as a verb of its own, before what it peels (剥好, 剥了一个橘子) is bāo, the spoken reading
 * (Xiandai Hanyu Cidian); bō is for its compounds, which are words (剥削, 剥夺, 剥落).
 */
export function readingOfBao(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  return next !== undefined && !CLAUSE_END.test(next) ? "bāo" : null;
}

/** Counts of blood and verbs of bleeding before a 血 of its own. */
const BLOOD_BEFORE = new Set(["一点", "一点儿", "点", "点儿", "一滴", "一口", "很多", "好多", "不少", "些", "一些", "这么多", "那么多", "多", "满手", "满脸", "一手", "一身", "流", "出", "吐", "抽", "咳", "滴", "淌", "冒"]);

/**
 * 血 standing alone after a count or a verb of bleeding (流了一点血, 一滴血, 吐了一口血) is xiě, the
 * spoken reading; in compounds and written phrases (血液, 血与火) it is xuè.
 */
export function readingOfXie(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1] === "了" ? tokens[i - 2] : tokens[i - 1];
  return prev !== undefined && BLOOD_BEFORE.has(prev) ? "xiě" : null;
}

/** Animals kept in a pen: 牛圈 niú juàn, 羊圈. */
const PENNED = new Set(["牛", "羊", "猪", "马", "鸡", "鸭", "鹅", "兔", "驴", "骡"]);

/** 圈 after a farm animal (牛圈里, 羊圈) is juàn, "pen"; elsewhere (娱乐圈, 一圈) the model reads quān. */
export function readingOfJuan(tokens: string[], i: number): string | null {
  return PENNED.has(tokens[i - 1] ?? "") ? "juàn" : null;
}

/**
 * 冲着 + a person (冲着我笑, 冲着他们喊) is chòng "towards, facing"; 冲着澡, 冲着咖啡 are chōng, as
 * the model reads.
 */
export function readingOfChong(tokens: string[], i: number, tagOf: TagOf): string | null {
  // Towards a person before what one does at them (你冲我发什么火, 冲他笑了笑): chòng "at"; charging
  // at a person's position (冲我们的阵地) is chōng.
  if (PERSONS.has(tokens[i + 1] ?? "") && /^v/.test(tagOf(tokens[i + 2] ?? "") ?? "")) return "chòng";
  if (tokens[i + 1] !== "着") return null;
  return towardsAfterZhe(tokens, i + 2, tagOf) ? "chòng" : null;
}

/**
 * What 冲着 "towards; aimed at" stands before, from tokens[k]: a person (冲着我笑), a country, place or
 * body (冲着中国, 冲着美方: names and abbreviations jieba tags), or anything a 来 or 去 of the clause then
 * closes (冲着钱来的, 冲着盟友去的).
 * 冲着澡, 冲着咖啡 (rinsing, brewing) are none of these.
 */
export function towardsAfterZhe(tokens: string[], k: number, tagOf: TagOf): boolean {
  const object = tokens[k];
  if (object === undefined || CLAUSE_END.test(object)) return false;
  if (PERSONS.has(object) || /^(?:n[rst]|j)/.test(tagOf(object) ?? "")) return true;
  for (let j = k + 1; j <= k + 4 && j < tokens.length && !CLAUSE_END.test(tokens[j]); j++) if (tokens[j] === "来" || tokens[j] === "去") return true;
  return false;
}

/**
 * 率 opening a token no dictionary has (率团, 率队, 率部) is shuài "to lead", as in every word that
 * opens with it (率领, 率先); the rate lǜ closes its words (效率, 增长率).
 */
export function leadReading(chars: string[], start: number, fixed: (string | null | undefined)[]): void {
  if (chars.length >= 2 && chars[0] === "率") fixed[start] ??= "shuài";
}

/** 率 alone before whom it leads (率代表团访问, 率中国代表团出席): shuài. */
export function readingOfShuai(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  return next !== undefined && /^(?:n[rtsz]?|nr[a-z]*|r)$/.test(tagOf(next) ?? "") ? "shuài" : null;
}

/** One-character verbs 重 "again" comes before (重来 "to start over", 重写, 重录). */
const REDONE = new Set(["来", "做", "写", "读", "说", "演", "播", "拍", "选", "考", "修", "装", "录", "印", "排", "编", "弹", "唱", "画", "练", "算", "找", "买", "盖", "造", "铺", "走"]);

/**
 * 重 before a one-character verb of doing (我们重来一遍, 重写一份) is chóng "again"; before a weight
 * (重五公斤) it is zhòng, as before nouns and two-character words (重雕饰, 重损毁) and in its words
 * (重要, 重视), where the model decides.
 */
export function readingOfChong2(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] ?? "";
  if (REDONE.has(next)) return "chóng";
  // Before a weight (重五公斤, 重约三吨, 重2.5吨) it is zhòng, "to weigh".
  const amount = ABOUT.has(next) ? (tokens[i + 2] ?? "") : next;
  return AMOUNT.test(amount) ? "zhòng" : null;
}
const ABOUT = new Set(["约", "近", "达", "约为", "超过", "不到"]);
const AMOUNT = /^(?:[0-9０-９.]+|[一二三四五六七八九十百千万两几半]+)(?:公斤|千克|斤|克|吨|磅)?$/u;

/** 吧 closing a clause (我们看电影吧。好吧，…) is the particle ba, never the bar bā (酒吧, 网吧 are words). */
export function readingOfBa(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  return i > 0 && (next === undefined || CLAUSE_END.test(next)) ? "ba" : null;
}

/**
 * 转 spinning, zhuàn: with nothing after it but 着 or a lap (风车不停地转着, 转了几圈, 转个不停), or
 * going round something to the clause's end (地球绕着太阳转); 转
 * turning towards something (转着头, 转过身, 转向) is zhuǎn, as the model reads.
 */
export function readingOfZhuan(tokens: string[], i: number): string | null {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const ends = (t: string | undefined) => t === undefined || CLAUSE_END.test(t);
  if (next === "个不停" || next === "圈" || next === "圈儿" || (next === "个" && after === "不停")) return "zhuàn";
  // A thing that spins earlier in the clause (洗衣机脱水时转得特别响, 车轮转得飞快), not turned
  // towards or into something (车轮转到左边, 风扇转向): spinning.
  if (!TURNED_TO.has(next ?? "")) for (let j = i - 1; j >= 0 && !CLAUSE_END.test(tokens[j]); j--) if (SPINNING.has(tokens[j])) return "zhuàn";
  if ((next === "着" || next === "了") && (ends(after) || /^(?:好|好多)?[几一两三四五六七八九十]*圈$/u.test(after ?? ""))) return "zhuàn";
  if (!ends(next)) return null;
  // 绕着太阳转, 围着他转: going round something, to the clause's end.
  for (let j = i - 1; j >= 0 && !CLAUSE_END.test(tokens[j]); j--) if (AROUND.has(tokens[j])) return "zhuàn";
  return null;
}
const AROUND = new Set(["绕", "绕着", "围着", "围绕", "围绕着", "不停", "不停地"]);
/** What 转 turns towards, into or over (zhuǎn even for a thing that spins). */
const TURNED_TO = new Set(["到", "向", "过", "过来", "过去", "身", "头", "弯", "成", "为", "给", "入", "回", "换"]);

/**
 * 吐 closing its clause, with nothing spat out and no 把 before it (他一直在吐, 喝多了就吐了) is tù,
 * to vomit; with an object (吐口水, 把骨头吐了) it is tǔ, as the model reads.
 */
export function readingOfTu(tokens: string[], i: number): string | null {
  const next = tokens[i + 1] === "了" ? tokens[i + 2] : tokens[i + 1];
  if (next !== undefined && !CLAUSE_END.test(next)) return null;
  for (let j = i - 1; j >= 0 && !CLAUSE_END.test(tokens[j]); j--) if (tokens[j] === "把" || tokens[j] === "将") return null;
  return "tù";
}

/** What a court imposes (处以罚款, 处以死刑). */
const PENALTY = /刑|罚|拘|监禁|处分|款/u;

/** 处 before 以 and a penalty is chǔ, to sentence (处以罚款); 此处以北 "north of here" is the place chù. */
export function readingOfChu(tokens: string[], i: number): string | null {
  return tokens[i + 1] === "以" && PENALTY.test(tokens[i + 2] ?? "") ? "chǔ" : null;
}

/**
 * 少 right before a verb is the adverb shǎo, "less" (少吃咸菜, 多听少说, 少挨打); shào lives in
 * words the dictionary reads (少年, 少女, 老少, 少将) and in old officials' titles (太子少保, 少监).
 * Elsewhere the model decides.
 */
export function lessReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  return next !== undefined && !JUNIOR_TITLES.has(next) && isVerbTag(tagOf(next)) ? "shǎo" : null;
}
/** Official titles 少 shào "junior" heads, whose second character jieba tags a verb (太子少保, 少监, 少傅). */
const JUNIOR_TITLES = new Set(["保", "监", "傅", "师", "卿", "府", "尹", "宰", "詹事"]);

/** What one measures with an instrument (量体温, 量血压, 量一下身高). */
const MEASURED = /^(?:体温|血压|身高|体重|腰围|胸围|尺寸|长度|宽度|距离|温度|脉搏|血糖|视力|尺码)$/u;
/** A count of times, or an aspect or result after a verb (量一次, 量一下, 量了, 量好); not 过, which after an amount is "to exceed" (分娩量过1万). */
const MEASURING = /^(?:[一两三四五几]?(?:次|下|遍)|一量|了|好|完|准)$/u;

/**
 * 量 before what is measured, a count of times, or an aspect particle (给病人量一次体温, 量血压,
 * 量了三遍) is the verb liáng "to measure"; the noun liàng "amount" stands after 的, a number or in
 * words (数量, 饭量, 质和量). Elsewhere the model decides.
 */
export function measureReading(tokens: string[], i: number): string | null {
  let next = tokens[i + 1];
  // Doubled before what is measured, jieba keeping the second with it (给你量|量体温): the same verb.
  if (next !== undefined && next.length > 1 && next[0] === "量") next = next.slice(1);
  return next !== undefined && (MEASURED.test(next) || MEASURING.test(next)) ? "liáng" : null;
}
