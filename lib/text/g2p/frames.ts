// Syntactic frames for function-word polyphones the g2pM checkpoint misreads in the news register.
//
// The checkpoint was trained on encyclopedic sentences, where a free-standing 为 is mostly the verb
// wéi ("to be", 以…为, 被选为) and 应 mostly yìng; in news, speeches and everyday prose the
// preposition wèi ("for": 为和平奔走) and the modal yīng ("should": 不应成为) dominate. These
// readings follow from the sentence's structure, which the tokens and their dictionary tags show:
//
// - 为 + noun phrase + verb in the same clause is the preposition wèi (为人民服务, 为世界提供机遇,
//   为…而奋斗; a word before 了/着/过 counts as a verb); 为 + noun phrase closing the clause is the copula wéi (增长率为5%, 以人民为中心).
//   Inside 以…为 and 为…所 the model decides.
// - 应 + verb is the modal yīng (应承担, 不应成为); 应 + noun phrase + 邀请/请求/要求/约 is yìng
//   ("at the invitation of").
// - An adverbial before 地 and a verb after it make 地 the particle de (坚定不移地推进, 坦率地说;
//   a repeated or paired phrase is one whatever its tags: 一件一件地叠, 一蹦一跳地走);
//   after a pronoun, numeral, measure word, preposition or place word it stays a noun (这块地).
// - 得 between a subject and a verb is the modal děi (我们得加强); after a verb or adjective and
//   before a degree word or adjective it is the particle de (跑得很快).
// - 着 after 不/没 is the complement zháo (睡不着, 没见着).
// - 只 after a numeral or demonstrative is the measure word zhī (一只鸟, 这只猫); 长 after a degree
//   word is the adjective cháng (头发很长); 数 before 了/着/过 or in 数一数 is the verb shǔ.
//
// - 干 after a degree word is gān (太干); closing a clause after a verb or adverb, gàn (加油干).
//   钉 before a noun is the verb dìng (钉钉子).
// - The commonest particles read by their place: 的 after a word de, 了 after a word le (not after
//   得/不/没), 将 before a verb or adverb jiāng, 都 before a verb or adverb dōu, 和 between words
//   hé. The checkpoint agrees on these nearly always; deciding them here spares its run on most
//   sentences.
// A frame answers only when its evidence is clear; otherwise (null) the model's reading stands.
// Each frame comes with counter-cases in tests/unit/text/pinyin-frames.test.ts.

import { cedictEntries, preferredEntry } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";
import { anyCharReading } from "./char-readings";
import { readingOfDai, readingOfHao, ganReading } from "./stay-frames";
import { belongReading, fallReading, fallenReading, giveReading, pourReading, resultInsideToken, saveUpReading, tiredReading } from "./result-frames";
import { idiomPatternReadings, leadReading, lessReading, measureReading, readingOfBa, readingOfBao, readingOfChong, readingOfChong2, readingOfChu, readingOfHuan, readingOfJuan, readingOfKong, readingOfShuai, readingOfTu, readingOfXie, readingOfZhuan, theBankReading } from "./everyday-frames";
import { OBJECT_VERBS, readingOfBei, readingOfJiao, readingOfJie, readingOfLa, readingOfMo, readingOfTiao, readingOfZa, readingOfZhong } from "./object-frames";
import { wordReadings } from "./word-readings";
import { countReading, cutReading, errandReading, finalParticleReading, hardReading, kneadReading, motionSickReading, rowReading, worryReading } from "./colloquial-frames";
import { CLAUSE_END, COUNT_OPENERS, DEGREE, FINAL_PARTICLES, isVerbTag } from "./frame-words";
import { markSyllable, numberSyllable } from "../pinyin-syllables";
import { potentialLiao, readingOfDe } from "./de-frames";
import { fitReading, guardReading, pickReading, playReading, snapReading } from "./object-or-none";
import { amusedReading, biographyReading, catchReading, laneReading, creekReading, mustReading, ginsengReading, mixReading, boutReading, comeToReading, dazzleReading, dirtyReading, pleasedReading, grindReading, guessReading, joinInReading, moveReading, offerReading, pareReading, prizeReading, rudeReading, winHandReading, wipeReading, spellReading, earnReading, flushReading, pickOverReading, fryReading, strengthReading, stuffReading, thinReading, puddleReading, settleReading, coaxReading, hideReading } from "./neighbour-frames";
import { capitalReading, fanReading, getAlongReading, hardInToken, negationAfterAdverb, growReading, growthReading, headForReading, hitReading, shortByReading, sprinkleReading, stuckReading, swallowReading, tieReading, treatAsReading, utmostReading } from "./action-frames";

/** jieba's part-of-speech tag of a word ("" when the word has none, null when unknown). */
export type TagOf = (word: string) => string | null;

/** Pronouns, numerals, measure words, prepositions, locatives: a noun 地 follows these. */
const NOUN_CONTEXT_TAGS = new Set(["r", "m", "q", "mq", "p", "f", "s", "zg"]);
const NUMERAL_IN = /[0-9０-９〇零一二三四五六七八九十百千万亿两几半数多每整]/u;
/** Aspect particles: the word before them is used as a verb (明确了). */
const ASPECT = new Set(["了", "着", "过"]);
const INVITATION = new Set(["邀请", "请求", "要求", "约", "之邀", "之约", "邀约", "约请"]);

/** The tokens of the clause around index i: [start, end) with i inside. */
function clause(tokens: string[], i: number): [number, number] {
  let start = i;
  while (start > 0 && !CLAUSE_END.test(tokens[start - 1])) start--;
  let end = i + 1;
  while (end < tokens.length && !CLAUSE_END.test(tokens[end])) end++;
  return [start, end];
}

const PERSONS = new Set(["我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱们", "大家"]);

function readingOfWei(tokens: string[], i: number, tagOf: TagOf): string | null {
  const [start, end] = clause(tokens, i);
  const before = tokens.slice(start, i);
  const after = tokens.slice(i + 1, end);
  const suo = after.indexOf("所");
  // 为 + what one does it for + 所作(的)/所做(的) (为缓和局势所作的努力, 为和平所做的贡献): the preposition
  // "for". 为 + an agent + 所 + a verb (为人民所喜爱) is the passive wéi, and 为 after a verb (理解为
  // "to take as") is wéi too: the model's frames.
  if (suo > 0 && /^[作做]/u.test(after[suo + 1] ?? "") && !isVerbTag(tagOf(tokens[i - 1] ?? ""))) return "wèi";
  if (before.includes("以") || suo >= 0) return null; // 以…为, 为…所: the model's frames
  if (!after.length) return null;
  // A verb after the noun phrase (not the phrase's first word: 为发展提供 also has 提供 later), or
  // 而 linking to one (为…而努力): the preposition.
  for (let k = 1; k < after.length; k++) {
    if (after[k] === "而" || isVerbTag(tagOf(after[k])) || (k + 1 < after.length && ASPECT.has(after[k + 1]))) return "wèi";
  }
  // A person and what is felt for them (为他高兴, 为你骄傲; jieba tags 高兴 b): the preposition.
  if (after.length >= 2 && PERSONS.has(after[0])) return "wèi";
  // Nothing verbal after the first word: 为 links its subject to a complement (增长率为5%).
  return "wéi";
}

function readingOfYing(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_END.test(next)) return null;
  const [, end] = clause(tokens, i);
  const rest = tokens.slice(i + 2, end);
  if (!isVerbTag(tagOf(next)) && rest.some((t) => INVITATION.has(t))) return "yìng";
  const tag = tagOf(next);
  if (isVerbTag(tag) || tag === "d" || tag === "ad") return "yīng";
  // An adverbial jieba tags otherwise (及时 c, 尽快 a) and then a verb: the modal (儿童应及时接种).
  if ((tag === "a" || tag === "c") && isVerbTag(tagOf(tokens[i + 2] ?? ""))) return "yīng";
  // Before a preposition whose phrase a verb closes (应以清淡为主, 应由双方协商, 应按规定办理): the
  // modal; yìng "in response to" takes a request or an invitation (checked above), not a preposition.
  if (tag === "p" && rest.some((t) => isVerbTag(tagOf(t)))) return "yīng";
  // A phrase jieba keeps whole (加强团结, 共同努力: no verb tag of its own) that opens with a verb or adverb.
  if (next.length >= 3 && !tag?.startsWith("n")) {
    const lead = tagOf(next.slice(0, 2));
    if (isVerbTag(lead) || lead === "d" || lead === "ad") return "yīng";
  }
  return null;
}

function readingOfDi(tokens: string[], i: number, tagOf: TagOf): string | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || next === undefined || CLAUSE_END.test(prev) || CLAUSE_END.test(next)) return null;
  // A repeated or paired phrase is an adverbial whatever its words' tags (一件一件地叠, 一次次,
  // 一蹦一跳地): a measure word or a single verb there does not make 地 a noun.
  const repeated = prev === tokens[i - 2] || (prev.length === 1 && tokens[i - 2] !== undefined && tokens[i - 2].length === 1 && tokens[i - 2] === tokens[i - 4] && !CLAUSE_END.test(tokens[i - 2]));
  if (!repeated) {
    if ([...prev].length < 2 || !/^\p{Script=Han}+$/u.test(prev)) return null;
    // (jieba tags some adverbial words m, 大声 among them: a numeral has a numeral in it.)
    const prevTag = tagOf(prev) ?? "";
    if (NOUN_CONTEXT_TAGS.has(prevTag) && (prevTag !== "m" || NUMERAL_IN.test(prev))) return null;
  }
  // The verb may be an adjective used as one (紧密地团结在…), or one jieba tags otherwise whose
  // first CC-CEDICT sense is a verb (依依不舍地飞走了: 飞 n "to fly").
  const nextTag = tagOf(next);
  if (isVerbTag(nextTag) || nextTag === "a" || nextTag === "ad") return "de";
  // Not after a verb there (又称地封黄酒, 待建地: the noun dì).
  if (isVerbTag(tagOf(prev))) return null;
  // A preposition that opens the verb's phrase (耐心地给学生讲解, 认真地向大家介绍, 轻轻地把门关上;
  // jieba tags 就 an adverb: 坦诚地就…交换意见), or an adverb before it: the adverbial's particle too.
  // Not after a conjunction (因此|地|曾是: jieba's cut of 因|此地 "because this place").
  const opens = (nextTag === "p" || nextTag === "d") && tagOf(prev) !== "c";
  return opens || verbBySense(next) ? "de" : null;
}

function verbBySense(word: string): boolean {
  return /^to [a-z]/.test(preferredEntry(cedictEntries(word).filter((e) => !e.capitalised))?.definitions[0] ?? "");
}

/** Numerals and demonstratives: a measure word follows them (一只, 这只, 几只). */
const COUNTING = /[一二三四五六七八九十百千万两几这那哪每某半]$/u;

function readingOfZhi(tokens: string[], i: number): string | null {
  // After a numeral or demonstrative, 只 is the measure word zhī (一只鸟); elsewhere the model
  // decides (他只会说中文: zhǐ).
  return COUNTING.test(tokens[i - 1] ?? "") ? "zhī" : null;
}

function readingOfChang(tokens: string[], i: number): string | null {
  // After a degree word, 长 is the adjective cháng (头发很长); the verb zhǎng is left to the model,
  // but for the verb of 长|长|了 "has grown long" (everyday-cuts), whose result is the adjective.
  if (tokens[i + 1] === "长" && (tokens[i + 2] === "了" || tokens[i + 2] === "啦")) return "zhǎng";
  // Right after a place or body it heads (新北市|长, 这个县|长, 教务处|长): zhǎng "head of".
  if (UNIT_END.test(tokens[i - 1] ?? "")) return "zhǎng";
  return DEGREE.has(tokens[i - 1] ?? "") ? "cháng" : null;
}

/** A word ending in the name of a place or body that has a head (市, 县, 局, 处, 校…), two characters or more. */
const UNIT_END = /^\p{Script=Han}+[市省县区镇乡村州局处科校院部厅所队组班团社]$/u;

function readingOfShu(tokens: string[], i: number): string | null {
  // 数 before an aspect particle or in 数一数 is the verb shǔ (数了数), and before 到 and a number
  // (数到三 "count to three"); the noun shù (这个数很大) is left to the model.
  const next = tokens[i + 1];
  if (next !== undefined && (ASPECT.has(next) || (next === "一" && tokens[i + 2] === "数"))) return "shǔ";
  if (next === "到" && NUMERAL_IN.test(tokens[i + 2] ?? "")) return "shǔ";
  // The second half of 数了数 / 数一数.
  return (tokens[i - 1] === "了" || tokens[i - 1] === "一") && tokens[i - 2] === "数" ? "shǔ" : null;
}

/** Characters before 参 "ginseng; sea cucumber" closing a noun (野山参, 人参, 海参, 党参, 丹参, 红参). */
const GINSENG_BEFORE = new Set([..."山人海党丹红白沙苦玄洋"]);

/** Goods a firm deals in (茶行, 琴行, 米行, 布行, 药行, 粮行, 珠宝行). */
const GOODS_BEFORE_FIRM = new Set([..."茶琴米布药粮油酒木鱼果表宝车"]);

/** The reading of a character inside a token no dictionary has, where the character before fixes it (一只). */
export function withinTokenReading(prevChar: string, ch: string, last = false): string | null {
  // (有难 closing a token, 一方有难: the disaster nàn, as 有|难 closing a clause.)
  if (ch === "难") return last && (prevChar === "有" || prevChar === "遭") ? "nàn" : hardInToken(prevChar);
  // 参 closing a noun after a root's or a sea's place (野山参, 红参, 海参): ginseng and sea cucumbers, shēn.
  if (ch === "参") return last && GINSENG_BEFORE.has(prevChar) ? "shēn" : null;
  // 行 closing a shop's name after its goods (茶行, 琴行, 米行, 药行): a firm, háng, as in 商行, 车行.
  if (ch === "行") return last && GOODS_BEFORE_FIRM.has(prevChar) ? "háng" : null;
  return ch === "只" && COUNTING.test(prevChar) ? "zhī" : null;
}

/** Things that get wet and dry: with one of these as its subject, a clause-final 干 is gān (衣服干了). */
const DRYING = new Set([
  "衣服", "衣裳", "被子", "床单", "毛巾", "袜子", "鞋", "鞋子", "头发", "水", "雨水", "河水", "井水", "泪水",
  "眼泪", "汗", "汗水", "油漆", "漆", "墨", "墨水", "墨迹", "颜料", "泥", "水泥", "胶水", "地", "地面", "路面",
  "墙", "墙面", "河", "河道", "河床", "湖", "湖泊", "井", "池塘", "嘴唇", "喉咙", "伤口", "土", "土地", "田",
]);
/** Adverbs between a subject and its predicate (衣服都干了, 油漆还没干) that jieba does not tag d. */
const ADVERBS = new Set(["没", "没有", "还没", "还没有", "快", "全", "全都", "总算", "基本"]);

/**
 * The token before i that is its subject, past the adverbs in between. A clause that opens with
 * them after a comma shares the subject that opens the clause before (衣服晒了一下午，已经完全干了):
 * its first token. Undefined elsewhere.
 */
function subjectBefore(tokens: string[], i: number, tagOf: TagOf): string | undefined {
  let k = i - 1;
  while (k >= 0 && !CLAUSE_END.test(tokens[k]) && (ADVERBS.has(tokens[k]) || tagOf(tokens[k]) === "d" || tagOf(tokens[k]) === "ad")) k--;
  if (k >= 0 && !CLAUSE_END.test(tokens[k])) return tokens[k];
  if (k < 1 || tokens[k] !== "，") return undefined;
  let start = k - 1;
  while (start > 0 && !CLAUSE_END.test(tokens[start - 1])) start--;
  return start < k ? tokens[start] : undefined;
}

/** Things kept or sold dry (干辣椒, 干毛巾, 干衣服, 干面包, 干货, 干粮). */
const DRIED = /^(?:辣椒|毛巾|衣服|面包|馒头|饼|果|果子|粮|货|柴|草|树枝|树叶|土|沙子|布|抹布|鱼|虾|肉|贝|枣|红枣|香菇|木耳|海带|笋|豆腐|米饭|馍|袜子|鞋|头发|皮肤|手)$/u;

function readingOfGan(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 干 after a degree word is the adjective gān ("dry": 空气太干); closing a clause (with or without
  // 了) after a thing that dries, also gān (衣服干了, 油漆还没干); closing a clause after a verb or
  // adverb it is the verb gàn ("to do": 加油干, 接着干). Elsewhere the model decides.
  const prev = tokens[i - 1];
  if (DEGREE.has(prev ?? "")) return "gān";
  const next = tokens[i + 1];
  const afterLe = next === "了" ? tokens[i + 2] : next;
  if ((afterLe === undefined || CLAUSE_END.test(afterLe) || FINAL_PARTICLES.has(afterLe)) && DRYING.has(subjectBefore(tokens, i, tagOf) ?? "")) return "gān";
  // Right before food or cloth that is kept dry (干辣椒, 干毛巾, 干面包): the adjective; what one does
  // (干活, 干农活, 干家务) is no such thing.
  if (next !== undefined && DRIED.test(next)) return "gān";
  if (prev === undefined || CLAUSE_END.test(prev) || (next !== undefined && !CLAUSE_END.test(next))) return null;
  const tag = tagOf(prev);
  // A refusal closing the clause (我可不干, 谁也不干, 我才不干): "won't do it", whatever jieba tags 可不.
  return isVerbTag(tag) || tag === "d" || tag === "ad" || prev.endsWith("不") ? "gàn" : null;
}

function readingOfDing(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 钉 before a noun is the verb dìng ("to nail, to sew on": 钉钉子, 钉扣子); the noun dīng ("a
  // nail") follows a numeral or measure word (一颗钉) and is left to the model.
  const next = tokens[i + 1];
  if (!isWordToken(next)) return null;
  const tag = tagOf(next!);
  return tag === "n" || tag === "nz" ? "dìng" : null;
}

/** Verbs 着 zháo completes: "to reach, get" (见着, 找着, 猜着, 够着). */
const ATTAINED = new Set(["见", "找", "猜", "摸", "够", "买", "借", "碰", "遇", "抓", "逮", "捞", "赶", "点", "烧", "睡"]);

function readingOfZhe(tokens: string[], i: number): string | null {
  const prev = tokens[i - 1];
  if (prev === "不" || prev === "没") return "zháo";
  // 没见着他, 好久没|见|着, 找着了: the result "reached", after a negation or before 了; 他正找着
  // 钥匙 is the progressive zhe (the model reads it).
  if (!ATTAINED.has(prev ?? "")) return null;
  const before = tokens[i - 2] ?? "";
  return before.endsWith("没") || before.endsWith("没有") || before.endsWith("不") || tokens[i + 1] === "了" ? "zháo" : null;
}

const HAN_OR_ALNUM = /\p{Script=Han}|[0-9A-Za-z]/u;
const wordTokens = new BoundedMap<string, boolean>();
function isWordToken(t: string | undefined): boolean {
  if (t === undefined) return false;
  let word = wordTokens.get(t);
  if (word === undefined) {
    word = !CLAUSE_END.test(t) && HAN_OR_ALNUM.test(t);
    wordTokens.set(t, word);
  }
  return word;
}

function readingOfDe5(tokens: string[], i: number): string | null {
  // A free-standing 的 after a word is the structural particle de; dí and dì live in words (的确,
  // 目的, 有的放矢), which the dictionary reads.
  return isWordToken(tokens[i - 1]) ? "de" : null;
}

function readingOfLe(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 了 after a word is the particle le; after 得/不/没 it may be the complement liǎo (做得了): the
  // model decides there, and 了 opening a clause (了解 is a word) too.
  const prev = tokens[i - 1];
  if (prev === "得") {
    const before = tagOf(tokens[i - 2] ?? "");
    // V得了 closing the clause is "able to" (搬得了吗); a subject 得了 is "got" (他得了冠军).
    if (potentialLiao(tokens, i - 1, before)) return "liǎo";
    if (before === "r" || before === "n" || before === "nr") return "le";
    return null;
  }
  return isWordToken(prev) && !["不", "没"].includes(prev!) ? "le" : null;
}

function readingOfJiang(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 将 before a verb or adverb is "will" or the object marker, jiāng (将举行, 将进一步, 将其); the
  // general jiàng is a word (将军, 将领).
  const next = tokens[i + 1];
  // Closing its clause after a word (推荐他为宁前参将。, 斩杀魏将): the general jiàng, a noun; "will"
  // and the object marker always have something after them.
  // (An opening quote or bracket is no end: 将“望江”变为… is the object marker.)
  if ((next === undefined || (CLAUSE_END.test(next) && !/^[“‘「『《（(]/u.test(next))) && isWordToken(tokens[i - 1])) return "jiàng";
  if (!isWordToken(next)) return null;
  const tag = tagOf(next!);
  if (isVerbTag(tag) || tag === "d" || tag === "ad" || tag === "r" || tag === "p") return "jiāng";
  // Before a noun and a verb later in its clause (请将药品放在…, 将文件发送至…): the object marker,
  // as 把. A general counted (一员大将) is a word of its own.
  const [, end] = clause(tokens, i);
  for (let k = i + 2; k < end; k++) if (isVerbTag(tagOf(tokens[k]))) return "jiāng";
  return null;
}

function readingOfDou(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 都 before a verb, adverb or 是 is the adverb dōu ("all"); the capital dū lives in words and
  // names (首都, 成都, 都市).
  const next = tokens[i + 1];
  if (!isWordToken(tokens[i - 1]) || !isWordToken(next)) return null;
  // After what it sums up (每天都, 大家都, 人人都), whatever jieba made of the verb after (排长队 n).
  if (sumsUp(tokens[i - 1]!)) return "dōu";
  const tag = tagOf(next!);
  return isVerbTag(tag) || tag === "d" || tag === "ad" || tag === "p" || tag === "a" ? "dōu" : null;
}

/** Words 都 "all" sums up: every (每天, 每个人), everyone, all of them, a doubled measure (天天, 人人). */
const SUMMED = new Set(["大家", "所有", "全部", "全体", "各位", "各国", "各方", "我们", "你们", "他们", "她们", "咱们", "人们", "两国", "双方", "一切", "到处", "处处", "任何人"]);
const sumsUp = (word: string) => SUMMED.has(word) || (word.length >= 2 && word[0] === "每") || (word.length === 2 && word[0] === word[1] && /[天人年月家个处样]/u.test(word[0]));

const KNEAD_RESULT = new Set(["成", "匀"]);

function readingOfHe(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 和 between two words is "and/with", hé; hú (mahjong 和了) and huó (和面) come before 了 or a lone
  // noun ending the clause, where the model decides.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!isWordToken(prev) || !isWordToken(next) || next === "了") return null;
  // 和 + 成/匀 after its object (把面粉和成面团, 和匀) is the verb huó "to knead; to mix with water".
  if (KNEAD_RESULT.has(next!) && /^n/.test(tagOf(prev!) ?? "")) return "huó";
  const after = tokens[i + 2];
  if ([...next!].length === 1 && (after === undefined || CLAUSE_END.test(after)) && tagOf(next!) !== "r") return null;
  return "hé";
}

/** After 没, the verbs and nouns of its reading mò "to submerge; to sink" (没过膝盖, 没入水中, 没于). */
const MO_NEXT = new Set(["过", "入", "于", "顶", "膝", "齿", "世"]);

function readingOfMei(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 没 before a verb, adverb, adjective or noun is the negation méi (他没来, 今天没去, 没时间); the
  // verb mò "to submerge" is a word (淹没, 没收) or comes before 过/入/于 (以没过米, 没入水中), where
  // the model decides. The checkpoint reads a short sentence's 没 as mò (他没来).
  const next = tokens[i + 1];
  if (next !== undefined && MO_NEXT.has([...next][0])) return null;
  if (negationAfterAdverb(tokens, i)) return "méi";
  if (!isWordToken(next)) return null;
  const tag = tagOf(next!);
  return tag !== null && /^(?:v[ndgi]?|d|ad|a|an|r|n|nr|ns|t|m)$/.test(tag) ? "méi" : null;
}

/** Characters whose frame also reads them opening a two-character token no dictionary has. */
const SPLIT_FIRST = new Set([...OBJECT_VERBS, "冲", "圈", "重", "处", "倒", "切", "攒", "磨", "划", "脏"]);

/** What is long (长河, 长桌, 长街, 长椅, 长队). */
const LONG_THINGS = new Set([..."河江街桌椅廊队路线绳鞭枪裤袖尾腿发辫句"]);

/** Directions a poured thing goes (倒入锅中, 倒进杯子). */
const INTO = new Set(["入", "进"]);

function readingOfDao(tokens: string[], i: number, tagOf: TagOf): string | null {
  // 倒 dào "to pour; to tip" takes an object, dǎo "to fall" none. After 把 + its object the verb is
  // transitive (把汤倒在碗里, 把水倒进锅里): dào. Before 入/进 with no person before it (然后倒入土豆丝,
  // 锅里倒进少许油): dào; 他倒进沙发里 is left to the model. Before 在 without 把 it is the fall (他倒在
  // 地上, 倒在血泊中): dǎo.
  const [start] = clause(tokens, i);
  const before = tokens.slice(start, i);
  const ba = before.indexOf("把");
  if (ba >= 0 && ba < before.length - 1) return "dào";
  const next = tokens[i + 1];
  if (next === undefined) return null;
  if (pourReading(next)) return "dào";
  const fallen = fallenReading(tokens, i, tagOf);
  if (fallen) return fallen;
  const prev = tokens[i - 1];
  const person = prev !== undefined && (PERSONS.has(prev) || /^(?:nr|r)/.test(tagOf(prev) ?? ""));
  if (INTO.has(next[0]) && !person) return "dào";
  if (next === "在") return "dǎo";
  // The adverb dào "yet; on the contrary" stands before a verb of thinking, a copula, an adverb or
  // an adjective (我倒觉得, 这倒也是, 倒不如, 倒挺好, 说得倒容易); 倒不了, 倒不下 are the fall.
  if (ADVERB_DAO_NEXT.has(next) || tagOf(next) === "a" || (next.length >= 2 && next[0] === "不" && !FALL_NEXT.has(next))) return "dào";
  return null;
}
/** What follows the adverb 倒 (dào): 我倒觉得, 倒也, 倒挺好, 我倒想看看. */
const ADVERB_DAO_NEXT = new Set(["觉得", "认为", "是", "也", "挺", "很", "蛮", "真", "还", "没", "没有", "想", "要", "希望", "好", "不错", "可以", "显得"]);
/** 不 + complement after the verb 倒 "to fall" (这棵树倒不了). */
const FALL_NEXT = new Set(["不了", "不下", "不过来"]);

function readingOfJue(tokens: string[], i: number): string | null {
  // 觉 alone in a clause about sleep (睡不着觉, 睡了一觉, 忙得觉都睡不好) is the noun jiào "a sleep";
  // 觉得, 感觉, 觉悟 are words.
  const [start, end] = clause(tokens, i);
  for (let k = start; k < end; k++) if (k !== i && tokens[k].includes("睡")) return "jiào";
  // Counted, it is a sleep too (补个觉, 睡个好觉, 一觉醒来): 觉得 and 觉悟 are words, never counted.
  const prev = tokens[i - 1];
  return prev === "个" || prev === "一" || (prev === "好" && tokens[i - 2] === "个") ? "jiào" : null;
}

type Frame = (tokens: string[], i: number, tagOf: TagOf) => string | null;

const FRAMES: Record<string, Frame> = {
  的: readingOfDe5,
  了: readingOfLe,
  将: readingOfJiang,
  都: (tokens, i, tagOf) => capitalReading(tokens, i, tagOf) ?? readingOfDou(tokens, i, tagOf),
  和: (tokens, i, tagOf) => kneadReading(tokens, i) ?? winHandReading(tokens, i) ?? joinInReading(tokens, i) ?? mixReading(tokens, i) ?? readingOfHe(tokens, i, tagOf),
  为: readingOfWei,
  应: readingOfYing,
  地: readingOfDi,
  得: readingOfDe,
  着: (tokens, i) => worryReading(tokens, i) ?? readingOfZhe(tokens, i) ?? moveReading(tokens, i),
  差: (tokens, i) => errandReading(tokens, i) ?? shortByReading(tokens, i),
  只: readingOfZhi,
  长: (tokens, i) => growReading(tokens, i) ?? growthReading(tokens, i) ?? readingOfChang(tokens, i),
  数: (tokens, i, tagOf) => readingOfShu(tokens, i) ?? countReading(tokens, i, tagOf),
  干: (tokens, i, tagOf) => ganReading(tokens, i, tagOf) ?? readingOfGan(tokens, i, tagOf),
  待: readingOfDai,
  给: giveReading,
  降: (tokens, i) => fallReading(tokens[i + 1]),
  累: tiredReading,
  攒: saveUpReading,
  属: (tokens, i) => belongReading(tokens[i + 1]),
  好: readingOfHao,
  钉: readingOfDing,
  没: (tokens, i, tagOf) => readingOfMo(tokens, i) ?? readingOfMei(tokens, i, tagOf),
  倒: readingOfDao,
  觉: readingOfJue,
  空: readingOfKong,
  背: readingOfBei,
  还: readingOfHuan,
  剥: readingOfBao,
  血: readingOfXie,
  圈: readingOfJuan,
  冲: readingOfChong,
  结: readingOfJie,
  落: readingOfLa,
  率: readingOfShuai,
  重: readingOfChong2,
  教: readingOfJiao,
  种: readingOfZhong,
  吧: readingOfBa,
  转: readingOfZhuan,
  处: (tokens, i) => readingOfChu(tokens, i) ?? getAlongReading(tokens, i),
  吐: readingOfTu,
  调: readingOfTiao,
  扎: readingOfZa,
  晕: motionSickReading,
  切: cutReading,
  难: hardReading,
  中: (tokens, i) => hitReading(tokens, i) ?? prizeReading(tokens, i),
  奔: headForReading,
  尽: utmostReading,
  扇: fanReading,
  卡: stuckReading,
  咽: swallowReading,
  系: tieReading,
  撒: sprinkleReading,
  当: treatAsReading,
  弹: playReading,
  挑: pickReading,
  称: fitReading,
  折: snapReading,
  看: guardReading,
  横: rudeReading,
  晃: dazzleReading,
  蒙: guessReading,
  磨: grindReading,
  供: offerReading,
  抹: wipeReading,
  通: boutReading,
  削: pareReading,
  逮: catchReading,
  弄: laneReading,
  涌: creekReading,
  要: mustReading,
  参: ginsengReading,
  传: biographyReading,
  省: comeToReading,
  乐: amusedReading,
  脏: dirtyReading,
  说: pleasedReading,
  少: lessReading,
  划: rowReading,
  量: measureReading,
  场: spellReading,
  挣: earnReading,
  涨: flushReading,
  择: pickOverReading,
  炸: fryReading,
  劲: strengthReading,
  塞: stuffReading,
  薄: thinReading,
  泡: puddleReading,
  澄: settleReading,
  哄: coaxReading,
  藏: hideReading,
};

/**
 * FRAMES by char code: a token is looked up on every one-character token of every sentence, and a
 * string key on an object with CJK keys costs a string-table probe each time (1 % of a build).
 */
const FRAME_BY_CODE: (Frame | undefined)[] = new Array(65536);
for (const [ch, frame] of Object.entries(FRAMES)) FRAME_BY_CODE[ch.charCodeAt(0)] = frame;
const frameOf = (word: string): Frame | undefined => (word.length === 1 ? FRAME_BY_CODE[word.charCodeAt(0)] : undefined);

/** Whether a one-character word has a frame of its own (择: zhái before a vegetable, though CC-CEDICT reads it zé only). */
export const hasFrame = (ch: string): boolean => frameOf(ch) !== undefined;

/**
 * Frames for the first and last character of a token no dictionary reads (钉钉子 = 钉 + 钉子,
 * 加油干 = 加油 + 干): the token is cut into the character and the known word beside it, and the
 * character's frame reads that cut. Fills `fixed` (by code-point index) where a frame answers.
 */
export function framesInsideToken(tokens: string[], t: number, start: number, tagOf: TagOf, fixed: (string | null | undefined)[]): void {
  // The known word beside the character has two characters or more: a two-character token (钉痕
  // "nail mark") is a compound of its own, not a frame.
  const chars = [...tokens[t]];
  idiomPatternReadings(chars, start, fixed);
  resultInsideToken(chars, start, fixed);
  theBankReading(tokens, t, chars, start, fixed);
  leadReading(chars, start, fixed);
  // A one-character verb doubled, no dictionary's word (你教教我, 去哄哄孩子): read as the verb alone in
  // its place, the second syllable in the neutral tone, as doubled verbs are (看看 kàn kan).
  if (chars.length === 2 && chars[0] === chars[1] && fixed[start] === undefined && frameOf(chars[0])) {
    const reading = frameReading([...tokens.slice(0, t), chars[0], ...tokens.slice(t + 1)], t, tagOf);
    if (reading) {
      fixed[start] = reading;
      fixed[start + 1] ??= markSyllable(numberSyllable(reading).replace(/[1-5]$/, "5")) ?? reading;
      return;
    }
  }
  // A verb and a directional complement glued by jieba (倒入, 倒进) are a frame's character and its
  // complement all the same.
  // So are a verb read by its object and its complement (扎起|头发, 背熟|了, 冲着|我), and 圈 and a
  // locative (牛|圈里).
  if (chars.length === 2 && fixed[start] === undefined && frameOf(chars[0]) && (INTO.has(chars[1]) || SPLIT_FIRST.has(chars[0]))) {
    const reading = frameReading([...tokens.slice(0, t), chars[0], chars[1], ...tokens.slice(t + 1)], t, tagOf);
    if (reading) fixed[start] = reading;
    // (脏得: the 得 below is read as when cut apart too.)
    if (chars[1] !== "得") return;
  }
  // A verb and 得 jieba keeps whole, no dictionary's word (冻得|直发抖, 累得|满头大汗): 得 read as when
  // cut apart (words 获得, 记得 have their readings and never reach here).
  if (chars.length === 2 && chars[1] === "得" && fixed[start + 1] === undefined) {
    // Only the particle: a character glued to 得 is no subject of the modal (幸得 "fortunately got").
    if (frameReading([...tokens.slice(0, t), chars[0], "得", ...tokens.slice(t + 1)], t + 1, tagOf) === "de") fixed[start + 1] = "de";
  }
  // 长 opening a two-character noun no dictionary has, before what is long (长河, 长桌, 长街): the
  // adjective cháng; 长子, 长官 (zhǎng "eldest; head") are words the dictionary reads.
  // (长 opening a two-character token before what grows, 长痘 "to grow spots": growthReading, as cut apart.)
  if (chars.length === 2 && chars[0] === "长") fixed[start] ??= growthReading([...tokens.slice(0, t), "长", chars[1], ...tokens.slice(t + 1)], t) ?? (LONG_THINGS.has(chars[1]) ? "cháng" : undefined);
  // A count jieba keeps whole that no dictionary has (骂了|一通, 这|一着, 两场|雨): its measure word
  // read by its frame as when cut apart.
  if (chars.length === 2 && COUNT_OPENERS.has(chars[0]) && fixed[start + 1] === undefined && frameOf(chars[1])) {
    const reading = frameReading([...tokens.slice(0, t), chars[0], chars[1], ...tokens.slice(t + 1)], t + 1, tagOf);
    if (reading) fixed[start + 1] = reading;
  }
  if (chars.length < 3) return;
  // A verb and 得了 jieba keeps whole (吃得了这么多吗): the potential complement, as when cut apart.
  if (chars.length === 3 && chars[1] === "得" && chars[2] === "了" && fixed[start + 1] === undefined) {
    const cut = [...tokens.slice(0, t), chars[0], "得", "了", ...tokens.slice(t + 1)];
    if (potentialLiao(cut, t + 1, tagOf(chars[0]))) {
      fixed[start + 1] = "de";
      fixed[start + 2] ??= "liǎo";
    }
  }
  // A verb, 得 and an adjective jieba keeps whole (跑得快, 说得好, 走得慢): read as when cut apart,
  // the complement's particle de (a word 取得, 获得 never reaches here: it has its reading). 得
  // opening a word of its own after a modifier (总得分 "total score": b + 得分) is that word's dé.
  if (chars.length === 3 && chars[1] === "得" && chars[2] !== "了" && fixed[start + 1] === undefined) {
    const word = wordReadings(chars[1] + chars[2])?.readings;
    if (word?.length === 1 && tagOf(chars[0]) === "b") fixed[start + 1] = word[0][0];
    else if (!word) {
      const cut = [...tokens.slice(0, t), chars[0], "得", chars[2], ...tokens.slice(t + 1)];
      if (readingOfDe(cut, t + 1, tagOf) === "de") fixed[start + 1] = "de";
    }
  }
  // A doubled adjective before 地 (重重地摔, 好好地睡) is that adjective, made an adverb: its
  // commonest reading (pinyin-pro's alone), zhòng, not chóng as in the word 重重 "layer upon layer".
  if (chars.length === 3 && chars[0] === chars[1] && chars[2] === "地" && tagOf(chars[0]) === "a") {
    const reading = anyCharReading(chars[0]);
    fixed[start] ??= reading;
    fixed[start + 1] ??= reading;
  }
  // An adjective + 得多 jieba keeps whole (快得多, 小得多 "much smaller"): the particle de.
  if (chars.length === 3 && chars[1] === "得" && chars[2] === "多" && tagOf(chars[0]) === "a") fixed[start + 1] ??= "de";
  // 地 closing a doubled character (长长地叹气) is the particle de, as after a repeated phrase.
  if (chars.length === 3 && chars[0] === chars[1] && chars[2] === "地") fixed[start + 2] ??= "de";
  const before = tokens.slice(0, t);
  const after = tokens.slice(t + 1);
  const rest = chars.slice(1).join("");
  if (fixed[start] === undefined && frameOf(chars[0]) && tagOf(rest) !== null) {
    const reading = frameReading([...before, chars[0], rest, ...after], t, tagOf);
    if (reading) fixed[start] = reading;
  }
  const last = start + chars.length - 1;
  const head = chars.slice(0, -1).join("");
  // (吧 closing a word is a bar, 咖啡吧 kā fēi bā: the particle is always a token of its own; 率
  // closing one is the rate lǜ, 通货膨胀率, whatever follows.)
  if (fixed[last] === undefined && frameOf(chars.at(-1)!) && chars.at(-1) !== "吧" && chars.at(-1) !== "率" && tagOf(head) !== null) {
    const reading = frameReading([...before, head, chars.at(-1)!, ...after], t + 1, tagOf);
    if (reading) fixed[last] = reading;
  }
}

/**
 * The reading a one-character token's frame gives in this sentence, or null to let the model decide.
 * A token the tag dictionary lacks, tags only as a set phrase (站在历史正确的一边 "l") or, when
 * four characters or longer, as a noun (创造条件 "n") takes the tag of its longest tagged beginning:
 * a verb-object phrase starts with its verb.
 */
export function frameReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const frame = frameOf(tokens[i]);
  if (!frame) return finalParticleReading(tokens, i, tagOf);
  return frame(tokens, i, headTagOf(tagOf));
}

/** headTag over the last tag look-up seen (always segment.ts's dictTag in the pipeline): one closure, not one per call. */
let lastTagOf: TagOf | null = null;
let lastHeadTag: TagOf | null = null;
function headTagOf(tagOf: TagOf): TagOf {
  if (lastTagOf !== tagOf || !lastHeadTag) {
    lastTagOf = tagOf;
    lastHeadTag = (word) => {
      const tag = tagOf(word);
      const chars = [...word];
      if (tag && tag !== "l" && !(tag === "n" && chars.length >= 4)) return tag;
      for (let n = chars.length - 1; n >= 1; n--) {
        const head = tagOf(chars.slice(0, n).join(""));
        if (head) return isVerbTag(head) || !tag ? head : tag;
      }
      return tag;
    };
  }
  return lastHeadTag;
}
