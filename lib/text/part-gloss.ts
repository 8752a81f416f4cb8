import { cedictEntries, entryForReading, isNoiseSense, isVocabulary, preferredEntry, readableSense, shortGloss } from "@/lib/dict/cedict";
import { isObscureSense } from "@/lib/dict/sense-order";
import { measureGloss, numberGloss } from "./number-gloss";
import { sidePartGloss } from "./compound-gloss";
import { ASPECT, COMPLEMENT, DETERMINER } from "./role-words";
import { dictTag } from "./segment";
import { hsk3Level } from "@/lib/dict/hsk";
import { bodyGloss } from "./body-words";

// Short tokens no dictionary has as a whole, made of a content word and one grammatical character,
// are glossed by their parts: 很多 "very + many", 该书 "this (aforementioned) + book", 岛上
// "island + on", 建于 "to build + in; at", 第三 "3rd". composed-gloss.ts declines single-character
// parts (a character's first sense is too often the wrong one: 何种 is not "what + seed"); here only
// the grammatical character stands alone, with the English its role gives it, and the content part
// is glossed in the token's reading by a sense of the kind the role calls for (an adjective after a
// degree adverb, a noun after a determiner or before a locative, a verb before 于/到/着), or the
// token keeps no gloss. Proper names (jieba tags) are never split.

/** Degree adverbs: the word after them is an adjective (最长 "most + long"). */
const DEGREE: Record<string, string> = { 很: "very", 最: "most", 更: "more", 太: "too", 挺: "quite", 较: "relatively" };
/**
 * Suffixes that make a noun of the word before them: 诈骗案 "fraud + case", 广东队 "Guangdong +
 * team", 高发期 "high incidence + period", 乡镇级 "township + level". A closed class, each with the
 * English of its suffix sense (the character's first sense is often another: 案 "table", 期 "a
 * period of time; phase; stage").
 */
const SUFFIX: Record<string, string> = {
  案: "case", 期: "period", 科: "department; family (taxonomy)", 队: "team", 级: "level", 者: "person (-er)", 式: "style; type",
  型: "type; model", 率: "rate", 量: "amount", 界: "circles; world", 区: "district; zone", 省: "province",
  市: "city", 县: "county", 馆: "hall", 厂: "factory", 局: "bureau", 站: "station", 线: "line", 族: "ethnic group",
  额: "amount", 费: "fee", 价: "price", 员: "member; staff", 们: "(plural)", 长: "head; chief",
  性: "-ity; -ness (quality)", 化: "-ization (to make or become)", 部: "department; ministry", 处: "office; place",
  军: "army", 国: "country; state", 感: "sense (of); feeling",
};
/**
 * Prefixes that qualify the dictionary word after them (总面积 "total + area", 主教练 "main + coach",
 * 前总统 "former + president"): a closed class, each with the English of its prefix sense.
 */
const PREFIX: Record<string, string> = {
  总: "overall", 主: "main", 副: "deputy", 前: "former", 原: "former", 新: "new", 全: "whole", 半: "half",
  非: "non-", 反: "anti-", 超: "super-", 多: "multi-", 单: "single", 准: "quasi-", 伪: "fake", 初: "early", 末: "last",
};
/** Prefixes that also stand before verbs (非歧视 "non- + to discriminate against"); the others qualify nouns. */
const BEFORE_VERBS_TOO = new Set(["非", "反"]);
/** Modals: the word after them is a verb (须经 "must + to pass through", 应予 "should + to give"). */
const MODAL: Record<string, string> = {
  须: "must", 需: "need to", 必: "must", 应: "should", 宜: "should", 勿: "do not", 可: "can; may",
  // Adverbs before a verb (共建 "jointly + to build", 不减 "not + to decrease"): see ADVERB_HEADS.
  共: "jointly", 再: "again", 又: "again", 已: "already", 未: "not yet", 不: "not", 没: "not", 互: "mutually", 重: "re-",
  仍: "still", 亦: "also", 均: "all", 皆: "all", 都: "all", 也: "also",
};
/** Potential complements denied: what V不X says cannot happen (睡不着, 吃不完, 听不懂). */
const CANNOT: Record<string, string> = {
  着: "不着: the result not reached", 完: "不完: to finish", 懂: "不懂: to understand", 到: "不到: to reach or achieve",
  动: "不动: to move it", 见: "不见: to perceive", 清: "不清: clearly", 好: "不好: well", 住: "不住: to hold it",
  开: "不开: to open or get away", 下: "不下: to fit or get it down", 起: "不起: to afford or rise to it",
};
/** Places and bodies 我 speaks for as "our" (我市, 我省, 我校, 我院, 我部). */
const INSTITUTIONS = new Set([..."国省市县区镇乡村校院所部局厅处司厂军队党方"]);
const POSSESSIVE: Record<string, string> = { 我: "my", 你: "your", 您: "your (polite)", 他: "his", 她: "her" };
/** A sense that is a preposition of direction ("towards", "facing", "along"; 按着 "according to" is also "pressing"). */
const PREPOSITION_SENSE = /^(?:towards?|facing|along)\b/;
const PREPOSITION: Record<string, string> = { 对: "regarding", 与: "with", 向: "towards", 在: "at; in", 于: "at; in", 自: "from" };
/** MODAL's modals proper: jieba's tag on the whole does not matter for them (须经 n "must + to pass through"). */
const MODALS = new Set([..."须需必应宜勿可"]);
/** Locatives: the word before them is a noun (岛上, 家中, 饭后). */
const LOCATIVE: Record<string, string> = { 上: "on", 中: "in", 里: "in", 内: "inside", 外: "outside", 下: "under", 前: "before", 后: "after", 旁: "beside", 底: "bottom (of)" };
/** Prepositions and aspect markers after a verb (建于, 迁至, 看着). */
const AFTER_VERB: Record<string, string> = {
  于: "in; at", 至: "to", 到: "to", 在: "at",
  ...ASPECT,
  ...COMPLEMENT,
};
/**
 * After a verb only (by jieba's tag and its first sense), complements that after other words say
 * something else (好 "good", 有 "to have"): 送往 "to send + towards", 嫁给 "to marry + to (sb)",
 * 做好 "to do + (properly; done)", 建有 "to build + (with)".
 */
const AFTER_VERB_ONLY: Record<string, string> = { 往: "towards", 给: "to (sb)", 好: "(properly; done)", 有: "(with)" };
const NAME_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "nt", "nz"]);
const MAX_CHARS = 5;

type Kind = "adjective" | "noun" | "verb";


function ordinal(n: string): string {
  const last2 = Number(n) % 100;
  const suffix = last2 >= 11 && last2 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[Number(n) % 10] ?? "th";
  return `${n}${suffix}`;
}

/**
 * The first sense of `word` (in `reading`, when known) of the kind asked for: a verb is a sense
 * "to …"; a noun or adjective is any other real sense, and then the word's first real sense must not
 * be a verb (省 "to save; …; province" is not taken for a noun). Null when none fits.
 */
function senseOf(word: string, reading: string | null, kind: Kind): string | null {
  const entry = entryForReading(cedictEntries(word), reading);
  if (!entry) return null;
  const real = entry.definitions.filter((d) => !isNoiseSense(d) && !isObscureSense(d) && !/^\((?:bound form|used for transliteration)\)/.test(d));
  if (!real.length) return null;
  // A verb sense may open with who or what it is said of ("(of a woman) to marry").
  const isVerb = (d: string) => /^(?:\((?:of|esp\.)[^)]*\) )?to /.test(d);
  // A grammar note ("(possessive particle …)") or an abbreviation pointer is no noun or adjective.
  // A noun's sense is the first with no verb in it: 会 "can; to have the skill" is no noun, its
  // "meeting; gathering" is (会上 "meeting + on"). An adjective's is the first sense, if no verb.
  const verbal = (d: string) => isVerb(d) || /^(?:\(|abbr\.)/.test(d) || d.split("; ").some((piece) => piece.startsWith("to "));
  // (A word whose first sense is a verb, 签 "to sign", is used as one: no noun from its later senses.)
  const sense = kind === "verb" ? real.find(isVerb) : kind === "noun" && !isVerb(real[0]) ? real.find((d) => !verbal(d)) : verbal(real[0]) ? undefined : real[0];
  return sense ? readableSense(sense.split("; ")[0].replace(/\s*\(CL:[^)]*\)/, "")) : null;
}

function firstRealSense(word: string, reading: string | null): string | null {
  const entry = entryForReading(cedictEntries(word).filter((e) => !e.capitalised), reading);
  return entry?.definitions.find((d) => !isNoiseSense(d) && !isObscureSense(d)) ?? null;
}

/** Up to two senses of a character in its reading that are not verbs, bound forms or grammar notes. */
function nounSenses(ch: string, reading: string | null, measureToo = false): string | null {
  const entry = entryForReading(cedictEntries(ch).filter((e) => !e.capitalised), reading);
  // A measure word (这笔 "this + (classifier for sums)") is measureGloss's; its nouns would mislead
  // after a determiner, not after a possessive (我家 "my + home; family").
  if (!entry || (!measureToo && entry.definitions.some((d) => /^(?:classifier for |\(classifier\) )/.test(d)))) return null;
  const isNoun = (d: string) => !isNoiseSense(d) && !isObscureSense(d) && !/^to /.test(d) && !/^(?:\(|abbr\.|classifier|surname)/.test(d);
  let nouns = entry.definitions.filter(isNoun);
  // A character used only in compounds has its meaning as a bound form, as here (该校 "this + school").
  if (!nouns.length) nouns = entry.definitions.map((d) => d.replace(/^\(bound form\) /, "")).filter(isNoun);
  return nouns.length ? nouns.slice(0, 2).map((d) => readableSense(d.split("; ")[0].replace(/\s*\(CL:[^)]*\)/, ""))).join("; ") : null;
}

/** English by parts for a token without a gloss, or null when it is not one of these shapes. */
/**
 * A character and 着 that jieba keeps whole as a preposition (冲着 chòng zhe "towards"; 朝着, 顺着 are
 * CC-CEDICT's words): the character's sense that is a preposition, in its reading; else null.
 */
export function prepositionGloss(text: string, pinyin: string | null): string | null {
  if (text.length !== 2 || text[1] !== "着" || dictTag(text) !== "p") return null;
  const entry = entryForReading(cedictEntries(text[0]).filter((e) => !e.capitalised), pinyin?.split(" ")[0] ?? null);
  return entry?.definitions.flatMap((d) => d.split("; ")).find((d) => PREPOSITION_SENSE.test(d)) ?? null;
}

export function partsGloss(text: string, pinyin: string | null, tag = ""): string | null {
  const chars = [...text];
  if (chars.length < 2 || chars.length > MAX_CHARS) return null;
  // An organisation or team named after a place (广东队 nt), and a common word and a noun suffix
  // whatever jieba's tag (贡献率 nr, 滑雪者 nr: its name tags on such words are noise), are glossed by
  // their parts; other words with a name tag are not split (太庙 is no "too + temple", 张三者 no name + "-er").
  if (NAME_TAGS.has(tag) && !(SUFFIX[chars[chars.length - 1]] && (tag === "nt" || isVocabulary(chars.slice(0, -1).join(""))))) return null;
  const syllables = pinyin?.split(" ");
  const reading = (from: number, to: number) => (syllables && syllables.length === chars.length ? syllables.slice(from, to).join(" ") : null);
  // An A-not-A question jieba keeps whole (去不去, 好不好): "to go or not?".
  if (chars.length === 3 && chars[0] === chars[2] && (chars[1] === "不" || chars[1] === "没")) {
    // The character stands alone as the predicate: a bound form or a literary sense is not it (行不行
    // "capable or not?", not "to walk").
    const sense = entryForReading(cedictEntries(chars[0]).filter((e) => !e.capitalised), reading(0, 1))?.definitions.find((d) => !isNoiseSense(d) && !isObscureSense(d) && !/^\((?:bound form|literary)\)/.test(d));
    return sense ? `${readableSense(sense.split("; ")[0])} or not? (a yes-no question)` : null;
  }
  // A determiner and a body named before it (该会 "this (aforementioned) + association", 本港).
  const bodyPair = bodyGloss(text, pinyin);
  if (bodyPair) return bodyPair;
  // 此 and a character used as a noun (此举 "this + act; move"): its noun senses, whatever jieba's tag.
  if (chars.length === 2 && chars[0] === "此") {
    const nouns = nounSenses(chars[1], reading(1, 2));
    if (nouns) return `this + ${nouns}`;
  }
  // A personal pronoun and a noun character (我家 "my + home", 你校): the possessive.
  // (Not a numeral: 他俩 "the two of them".)
  if (chars.length === 2 && POSSESSIVE[chars[0]] && dictTag(chars[1]) !== "m") {
    const nouns = nounSenses(chars[1], reading(1, 2), true);
    // 我市, 我国, 我校: an institution one belongs to is "our" (我家 stays "my").
    if (nouns) return `${chars[0] === "我" && INSTITUTIONS.has(chars[1]) ? "our" : POSSESSIVE[chars[0]]} + ${nouns}`;
  }
  // A preposition and 此 "this" (对此 "regarding + this", 与此): CC-CEDICT has most such pairs, not these.
  if (chars.length === 2 && chars[1] === "此" && PREPOSITION[chars[0]]) return `${PREPOSITION[chars[0]]} + this`;
  // 第 + number (+ measure word): an ordinal.
  if (chars[0] === "第") {
    const rest = chars.slice(1).join("");
    const value = numberGloss(rest);
    if (value !== null && /^\d+$/.test(value)) return ordinal(value);
    // 第二年 "2nd year" (numberGloss reads 二年 as the span "2 years").
    const span = value === null ? null : /^(\d+) ([a-z]+?)s$/.exec(value);
    if (span) return `${ordinal(span[1])} ${span[2]}`;
    const m = /^(\d+) \+ (.*)$/.exec(measureGloss(rest, reading(1, chars.length)) ?? "");
    return m ? `${ordinal(m[1])} + ${m[2]}` : null;
  }
  const head = chars[0];
  const rest = chars.slice(1).join("");
  // 是 and a conjunction or preposition (是因为 "is + because", 是为了): the copula and its clause.
  if (chars[0] === "是" && chars.length >= 3 && /^[cp]$/.test(dictTag(rest) ?? "")) {
    const entry = preferredEntry(cedictEntries(rest).filter((e) => !e.capitalised));
    const first = entry?.definitions.find((d) => !isNoiseSense(d));
    if (first) return `is + ${readableSense(first.split("; ")[0])}`;
  }
  // The grammatical character must stand alone: not 其他人 "its + another person" (其他 is a word).
  const headFree = !cedictEntries(head + chars[1]).length;
  if (DEGREE[head] && headFree) {
    const sense = senseOf(rest, reading(1, chars.length), "adjective");
    if (sense) return `${DEGREE[head]} + ${sense}`;
  }
  if (DETERMINER[head] && headFree && chars.length >= 3) {
    const sense = senseOf(rest, reading(1, chars.length), "noun");
    if (sense) return `${DETERMINER[head]} + ${sense}`;
  }
  // A determiner and one character jieba knows as a noun (该省, 该市): its first two noun senses, past
  // the verbs CC-CEDICT may list first (省 "to save", then "province"; 市 "market; city").
  if (DETERMINER[head] && headFree && chars.length === 2 && /^n[gsz]?$/.test(dictTag(rest) ?? "")) {
    const nouns = nounSenses(rest, reading(1, 2));
    if (nouns) return `${DETERMINER[head]} + ${nouns}`;
  }
  // A word (or a place: 广东队) and a suffix (诈骗案): the word's first sense and the suffix's English.
  // 长 is the suffix "head" only read zhǎng (行政院长), not cháng "long".
  // (部 after a direction is "part", not "ministry": 东北部.)
  // A verb and a potential complement denied (睡不着, 吃不完, 听不懂): "cannot", the result not reached;
  // CC-CEDICT has the common ones (来不及, 买不起) and never reaches here.
  if (chars.length === 3 && chars[1] === "不" && CANNOT[chars[2]]) {
    const verb = senseOf(chars[0], reading(0, 1), "verb");
    if (verb) return `${verb} + cannot (${CANNOT[chars[2]]})`;
  }
  // 下礼拜, 上个礼拜: the same words with 星期 (下星期 "next week"), spoken so.
  if (text.endsWith("礼拜") && chars.length >= 3) {
    const written = preferredEntry(cedictEntries(`${text.slice(0, -2)}星期`).filter((e) => !e.capitalised));
    const sense = written?.definitions.find((d) => !isNoiseSense(d));
    if (sense) return `${readableSense(sense)} (spoken: ${text.slice(0, -2)}星期)`;
  }
  const side = sidePartGloss(text);
  if (side) return side;
  const suffix = chars[chars.length - 1] === "长" && !syllables?.[chars.length - 1]?.startsWith("zh") ? undefined : SUFFIX[chars[chars.length - 1]];
  if (suffix && chars.length >= 3 && chars.length <= 4) {
    const body = chars.slice(0, -1).join("");
    // A count before 部 or 处 as measure words (许多部 "many (works)", 数十处) is no word with a suffix.
    if ((chars[chars.length - 1] === "部" || chars[chars.length - 1] === "处") && /^m/.test(dictTag(body) ?? "")) return null;
    const entries = cedictEntries(body);
    const entry = entryForReading(entries.filter((e) => !e.capitalised), reading(0, chars.length - 1)) ?? entries[0];
    const real = entry?.definitions.filter((d) => !isNoiseSense(d) && !isObscureSense(d)) ?? [];
    // 们 follows nouns of people: 同学们 "classmate", not "to study at the same school".
    const first = chars[chars.length - 1] === "们" ? real.find((d) => !/^to /.test(d)) : real[0];
    if (first) return `${readableSense(first.split("; ")[0].replace(/\s*\(CL:[^)]*\)/, ""))} + ${suffix}`;
    // A place whose entry only points to its province or city (广东 "see 广东省"): that unit's name,
    // without the unit (广东队 "Guangdong + team", not "广 wide · 东 east · 队 squadron").
    const place = entry && !real.length ? shortGloss(entry) : null;
    const name = place?.split(/[;,(]/)[0].replace(/\s+(?:Province|province|City|city|County|county|Municipality|municipality)$/, "").trim();
    if (name && /^[A-Z]/.test(name)) return `${name} + ${suffix}`;
  }
  // A prefix and a dictionary word of two or more characters (总面积, 主教练, 前总统). The prefix may
  // make a rarer word with the next character (主教 "bishop" in 主教练): the rest, a word of the HSK
  // lists where that one is none, is what the prefix qualifies.
  // (Not 原 and 前 "former", which qualify people and titles: 原生态 is "original + ecological state".)
  const restCommon = chars.length >= 3 && head !== "原" && head !== "前" && hsk3Level(rest) !== null && hsk3Level(head + chars[1]) === null;
  if (PREFIX[head] && (headFree || restCommon) && chars.length >= 3) {
    const word = entryForReading(cedictEntries(rest).filter((e) => !e.capitalised), reading(1, chars.length));
    // A noun's sense (总指挥 "overall + conductor", not "to conduct"), or any for 非/反.
    const first = word?.definitions.find((d) => !isNoiseSense(d) && !isObscureSense(d) && (BEFORE_VERBS_TOO.has(head) || !/^(?:\([^)]*\) )?to /.test(d)));
    if (first) return `${PREFIX[head]} + ${readableSense(first.split("; ")[0].replace(/\s*\(CL:[^)]*\)/, ""))}`;
  }
  // 无 and what 有 makes a word of (无助于 "not + to contribute to", 无益于): the negation of that word.
  if (head === "无" && chars.length >= 3) {
    const positive = preferredEntry(cedictEntries(`有${rest}`).filter((e) => !e.capitalised));
    const sense = positive?.definitions.find((d) => !isNoiseSense(d) && !isObscureSense(d));
    if (sense) return `not + ${readableSense(sense.split("; ")[0])} (negates 有${rest})`;
  }
  // An adverb's shape, not a noun jieba knows whole (都统, a Qing title, is no "all + to gather").
  if (MODAL[head] && headFree && (MODALS.has(head) || !/^n/.test(dictTag(text) ?? ""))) {
    // (Or an adverb before the verb that follows: 应立即 "should + immediately".)
    const sense = senseOf(rest, reading(1, chars.length), "verb") ?? (/^(?:d|ad)$/.test(dictTag(rest) ?? "") ? firstRealSense(rest, reading(1, chars.length)) : null);
    if (sense) return `${MODAL[head]} + ${readableSense(sense.split("; ")[0])}`;
  }
  // A verb and an adjective of result (讲清楚 "to speak + clear", 洗干净): a one-character verb (by
  // its first sense) and a two-character adjective CC-CEDICT has.
  if (chars.length === 3 && headFree && /^a/.test(dictTag(rest) ?? "")) {
    const verb = firstRealSense(head, reading(0, 1));
    const result = senseOf(rest, reading(1, 3), "adjective");
    if (verb && /^to [a-z]/.test(verb) && result) return `${readableSense(verb.split("; ")[0])} + ${result}`;
  }
  const last = chars[chars.length - 1];
  const body = chars.slice(0, -1).join("");
  const lastFree = !cedictEntries(chars[chars.length - 2] + last).length;
  if (!lastFree) return null;
  // (底 after a noun only: 红底 is "red background", not "red + bottom".)
  if (LOCATIVE[last] && (last !== "底" || /^n/.test(dictTag(body) ?? ""))) {
    const sense = senseOf(body, reading(0, chars.length - 1), "noun");
    if (sense) return `${sense} + ${LOCATIVE[last]}`;
  }
  // (A preposition that is also a verb counts: 给出 "to give + out", 给 p "to; for; …; to give".)
  const verbBody = /^v/.test(dictTag(body) ?? "") ? /^(?:\([^)]*\) )?to /.test(firstRealSense(body, reading(0, 1)) ?? "") : dictTag(body) === "p" && senseOf(body, reading(0, 1), "verb") !== null;
  if (COMPLEMENT[last] && body.length === 1 && !verbBody) return null;
  if (AFTER_VERB_ONLY[last] && body.length === 1 && verbBody && dictTag(body) !== "p") {
    const sense = senseOf(body, reading(0, 1), "verb");
    return sense ? `${sense} + ${AFTER_VERB_ONLY[last]}` : null;
  }
  if (AFTER_VERB[last]) {
    // 倒 dào before a direction (倒入, 倒进, 倒掉) pours; CC-CEDICT's first "to invert" turns over.
    const pours = body === "倒" && reading(0, 1) === "dào";
    const sense = pours ? "to pour" : senseOf(body, reading(0, chars.length - 1), "verb");
    if (sense) return `${sense} + ${AFTER_VERB[last]}`;
  }
  return null;
}
