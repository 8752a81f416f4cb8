import type { TagOf } from "./frames";
import { anyCharReading } from "./char-readings";
import { cedictEntries } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";
import { hasReadingKinds, isClassifierChar, mainVerbReading, noVerbReading, notVerbReading, onlyClassifierReading, onlyVerbReading, predicateReadings, gradedReading } from "./reading-kinds";
import { DEGREE, PAUSE as CLAUSE_END } from "./frame-words";

// A polyphone standing alone whose readings differ by part of speech (种 zhòng "to plant" / zhǒng
// "kind", 卷 juǎn "to roll" / juàn "volume", 宿 xiǔ "night (classifier)" / sù "to lodge"): its place
// in the clause says which part of speech it is, and CC-CEDICT says which reading that is
// (g2p/reading-kinds.ts). Rules, each answering only when its evidence is clear:
//
// - After a numeral or demonstrative (一, 三, 这, 几…) a character is a classifier: the reading
//   that is CC-CEDICT's only classifier (住了一宿 xiǔ, 三扇窗 shàn). A character jieba knows as an
//   adjective there, before a classifier, is an adjective: its only reading without verb senses
//   (一长串, 一长排 cháng).
// - Before a resultative or directional complement (好, 成, 满, 在, 到, 进, 出, 起来, 上, 下, 完,
//   住…), before 着/过, before a personal pronoun (教我们, 背他), before a noun object, in V了V / V一V, and before 了 followed by an object
//   (铺了一条毯子), a character is a verb: its only reading with verb senses (种满, 种小麦, 卷起来,
//   粘在, 扇了扇). Where all its readings are verbs, the one whose senses are first of all verbs
//   when the others' are not (系好 jì, not xì "system"; 背到 bēi, not bèi "the back"), for a
//   character jieba knows as a verb. Not before 了 closing the clause: adjectives take 了 too (衣服干了 gān).
//   Not after a numeral or demonstrative (that is the classifier's place), and not for a character
//   jieba tags as an adverb, preposition or conjunction, whose own reading comes before verbs
//   (他还上了大学 hái).
// - After a degree word (很, 太, 有点…), of a character's two readings the one that is not a verb
//   (这话说得太冲了 chòng "blunt", not chōng "to rush").
// - A character jieba knows as an adverb that closes its clause is its verb reading: adverbs stand
//   before what they modify (借的书要按时还 huán; 他还在 stays hái).
// - The same for the first character of a word no dictionary has that is a verb and its
//   complement (缝好, 屏住): the character is read as if the complement were a separate token.
//   好 closing such a word after a verb (叠好) is the complement hǎo.
// - The predicate of a 比 comparison, a character jieba knows as an adjective, is its reading
//   without verb senses (比上一代长了 cháng) where that is its commonest, and its verb before 得 or
//   an adjective complement (比去年长高了 zhǎng).
// - A predicate (after a degree word, or before a quantity) takes no reading whose senses are nouns
//   only (差 chā "difference"): the model chooses among the others, or a degree word or jieba's
//   adjective tag picks the one that is not first of all a verb (最差, 只差两分 chà).
// - A word of several readings that is a verb + 着/了/过 before a counted object takes the reading
//   of the character's main verb sense (背着一捆柴 bēi).
// Counter-cases are in tests/unit/text/pinyin-verb-frames.test.ts.

/** Complements a verb takes, with their reading there where the character has several (好 hǎo). */
const COMPLEMENT_READINGS: Record<string, string> = { 好: "hǎo", 着: "zhe", 过: "guò", 给: "gěi", 上: "shàng", 下: "xià", 成: "chéng" };
const COMPLEMENTS = new Set([
  "好", "成", "满", "在", "到", "进", "出", "起", "上", "下", "完", "住", "开", "走", "回", "掉", "给", "入", "紧", "牢", "死",
  "起来", "上来", "上去", "下来", "下去", "进来", "进去", "出来", "出去", "回来", "回去", "过来", "过去", "起去",
  "着", "过",
]);
const COUNTING_CHAR = /[0-9０-９一二三四五六七八九十百千万两几这那哪每某半该此各余]$/u;
const NUMERAL = /^[0-9０-９一二三四五六七八九十百千万亿两几半]+$/u;
/**
 * jieba tags of characters whose own reading comes before verbs or is not a verb: adverbs,
 * prepositions, conjunctions (还 d, 和 c), adjectives, and characters mostly seen in names (叶 nr:
 * 叶成 is a name, not xié "to be in harmony").
 */
const NOT_VERB_TAGS = new Set(["d", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud", "y", "e", "f", "r", "a", "nr"]);
/** Complements that are also prepositions or locatives: after a noun (妻在, 角上) they are those. */
const PLACE_COMPLEMENTS = new Set(["在", "上", "下", "到"]);
const OBJECT_TAGS = new Set(["n", "nz", "ng", "m", "mq", "r"]);
/** Subjects a predicate follows directly (他种小麦); a demonstrative (这, 该) is a classifier's place. */
const PERSONAL = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "自己", "谁", "人们"]);

/**
 * Whether token i stands where a predicate does: after an adverb or modal (正, 要, 不, 就) or a
 * personal pronoun. A character after a noun, a verb (散布着空酒瓶) or 的 is more often the first
 * half of an object or a compound jieba did not join (谯郡, 钻柱, 藏军), and is left alone.
 */
function inPredicate(tokens: string[], i: number, tagOf: TagOf): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || CLAUSE_END.test(prev)) return false;
  if (PERSONAL.has(prev) || CATENATIVE.has(prev) || (prev.length >= 3 && CATENATIVE.has(prev.slice(-2)))) return true;
  const tag = tagOf(prev);
  return tag === "d" || tag === "ad" || isModal(prev);
}
/** Verbs whose object is another verb (开始种小麦, 忙着种地, 继续卷): what follows is a predicate. */
const CATENATIVE = new Set(["开始", "继续", "准备", "打算", "决定", "喜欢", "学会", "忙着", "坚持", "停止", "尝试", "试着", "负责", "愿意", "帮忙", "帮助", "计划"]);
/** A modal, or one negated by 不 or 没 (不会粘锅, 不能种, 没法切): what follows is a predicate. */
const isModal = (token: string) => MODALS.has(token) || (token.length > 1 && (token[0] === "不" || token[0] === "没") && MODALS.has(token.slice(1)));
/** Pronouns that, right after a character, are its object: the character is a verb (教我们, 哄他). */
const PRONOUN_OBJECTS = new Set(["我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱们"]);
const MODALS = new Set(["要", "会", "能", "想", "得", "可以", "应该", "应", "该", "去", "来", "正", "正在", "把"]);

/** A token a classifier follows: a numeral or a demonstrative (一, 三, 这, 几, 第五). */
function counts(token: string | undefined, tagOf: TagOf): boolean {
  if (token === undefined || !COUNTING_CHAR.test(token)) return false;
  if (NUMERAL.test(token)) return true;
  const tag = tagOf(token);
  return tag === "m" || tag === "mq" || tag === "r";
}

const isWord = (t: string | undefined) => t !== undefined && !CLAUSE_END.test(t);
const PARTICLES = new Set(["吗", "吧", "呢", "啊", "呀"]);

/** Marks that end a clause (not opening quotes or brackets: 更“…” goes on). */
const CLOSING = /^[，。！？；：、,.!?;:…—）)」』”"\s]+$/u;

/** Whether the clause ends after token i, past 了 and a question particle. */
function closesAfter(tokens: string[], i: number): boolean {
  let k = i + 1;
  if (tokens[k] === "了") k++;
  if (PARTICLES.has(tokens[k] ?? "")) k++;
  return tokens[k] === undefined || CLOSING.test(tokens[k]);
}

/**
 * Whether a token is 成 "into" glued by jieba to what it makes (切|成片, 切|成细丝, 折|成两半): 成 and a
 * noun, classifier or number. A character right before it is the verb whose result it is.
 */
function resultInto(token: string, tagOf: TagOf): boolean {
  if (token.length < 2 || token[0] !== "成") return false;
  const rest = token.slice(1);
  const tag = tagOf(rest) ?? "";
  return NUMERAL.test(rest[0]) || tag === "q" || tag === "m" || tag === "mq" || /^n[gz]?$/.test(tag);
}

/** Whether token i (a verb or adjective) is used as a verb: what follows is a complement or object. */
function usedAsVerb(tokens: string[], i: number, tagOf: TagOf): boolean {
  const ch = tokens[i];
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_END.test(next)) return false;
  if (COMPLEMENTS.has(next)) return !(PLACE_COMPLEMENTS.has(next) && /^n/.test(tagOf(ch) ?? ""));
  if (resultInto(next, tagOf)) return true;
  if (next === "了" || next === "一") {
    const after = tokens[i + 2];
    if (after === ch) return true; // V了V, V一V: 扇了扇, 数一数
    if (next === "一" || after === undefined || CLAUSE_END.test(after)) return false;
    return OBJECT_TAGS.has(tagOf(after) ?? "") || NUMERAL.test(after[0]);
  }
  if (PRONOUN_OBJECTS.has(next)) return true;
  // A noun object (种小麦) or a counted one (种几棵树), where the character stands as a predicate.
  // jieba's noun tags are loose (玉米 nr, 西瓜 ns): any noun tag counts. A count that starts with
  // 十/百/千/万 is not an object: 数百名, 数十年 are "several hundred", "several decades".
  const tag = tagOf(next);
  const counted = (tag === "m" || tag === "mq") && !/^[十百千万亿]/u.test(next);
  return (/^n[a-z]?$/.test(tag ?? "") || counted) && inPredicate(tokens, i, tagOf);
}

/**
 * 好 right after a verb is its complement hǎo ("done well": 粘好, 系好), never hào "to like",
 * which takes an object or a verb after it (好学, 好吃懒做 are words).
 */
export function complementReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  if (tokens[i] !== "好") return null;
  const next = tokens[i + 1];
  if (next !== undefined && !CLAUSE_END.test(next) && next !== "了") return null;
  const prev = tokens[i - 1];
  if (prev === undefined || CLAUSE_END.test(prev)) return null;
  return /^v[dn]?$/.test(tagOf(prev) ?? "") || (prev.length === 1 && placeReading(tokens, i - 1, tagOf) !== null) ? "hǎo" : null;
}

/**
 * Of a character's verb readings, the one whose main sense is a verb (背 bēi, 教 jiāo), where jieba
 * too knows the character first of all as a verb (圈 is q: 圈速 stays quān).
 */
function verbByMainSense(ch: string, tag: string): string | null {
  return /^v/.test(tag) ? mainVerbReading(ch) : null;
}

/**
 * Whether a token is a classifier: one character CC-CEDICT knows as one (jieba tags 串 and 排 as
 * verbs). Between a numeral and a classifier, a character jieba knows as an adjective is one, and
 * takes its reading that is not a verb (一长串 cháng, not zhǎng "to grow").
 */
function classifierNext(token: string | undefined): boolean {
  return token !== undefined && token.length === 1 && isClassifierChar(token);
}

/**
 * Whether token i is the predicate of a comparison: 比 and what is compared come before it in its
 * clause (续航比上一代长了, 比去年长高了), with no verb between them. Returns false elsewhere.
 */
function compared(tokens: string[], i: number, tagOf: TagOf): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (CLAUSE_END.test(t)) return false;
    if (t === "比") return tagOf(t) === "p";
    if (/^v/.test(tagOf(t) ?? "")) return false;
  }
  return false;
}

/**
 * An adjective (jieba's tag) that is the predicate of a comparison: its reading without verb senses
 * (比上一代长了 cháng), unless 得 or a one-character adjective follows, which make it a verb and its
 * complement (比我长得高, 比去年长高了: zhǎng "to grow"). Only where the reading without verb senses
 * is also the character's commonest (pinyin-pro's reading of it alone): of 少 shǎo "few; to lack" /
 * shào "young", 脏 zāng "dirty; to get dirty" / zàng "viscera", the adjective of a comparison is the
 * reading that also has verb senses (比去年少 shǎo).
 */
function comparedReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  if (!compared(tokens, i, tagOf)) return null;
  const ch = tokens[i];
  const next = tokens[i + 1];
  const verb = onlyVerbReading(ch);
  const adjective = noVerbReading(ch);
  if (!verb || !adjective || anyCharReading(ch) !== adjective) return null;
  return next === "得" || (next !== undefined && next.length === 1 && tagOf(next) === "a") ? verb : adjective;
}

/** A quantity token: a numeral or a number with its classifier (两分, 三个). */
const isQuantity = (token: string | undefined, tagOf: TagOf) => token !== undefined && (NUMERAL.test(token[0]) || tagOf(token) === "m" || tagOf(token) === "mq");

/**
 * The readings tokens[i] (one character) may take where it stands as a predicate: after a degree
 * word (服务最差: there only the one whose first sense is not a verb, chà), after an adverb, modal or personal pronoun and before a quantity (只差两分), or
 * as what a comparison says (比他差多了). A predicate is not a noun, so of a character some of
 * whose readings are nouns only (差 chā "difference; discrepancy"), the others (g2p/reading-kinds.ts).
 * null elsewhere, and for characters without such readings (most). Words (差距, 时差) are read by
 * the dictionary before this is asked.
 */
export function predicateChoices(tokens: string[], i: number, tagOf: TagOf): string[] | null {
  const ch = tokens[i];
  if (!hasReadingKinds(ch)) return null;
  const readings = predicateReadings(ch);
  if (!readings) return null;
  const tag = tagOf(ch) ?? "";
  if (NOT_VERB_TAGS.has(tag) && tag !== "a") return null;
  // A quantity after it, past 了 (差两分, 差了一截), says how far it falls short: a predicate.
  const quantity = isQuantity(tokens[i + 1], tagOf) || (tokens[i + 1] === "了" && isQuantity(tokens[i + 2], tagOf));
  // An adjective before it modifies it as an adverb does (体力明显差了一截: 明显 is tagged a).
  const adverbial = quantity && /^a[d]?$/.test(tagOf(tokens[i - 1] ?? "") ?? "") && isWord(tokens[i - 1]);
  // An adjective by jieba's tag after a noun subject, closing the clause, says how the subject is
  // (质量差, 服务员的态度差了点). (A noun there is the end of a compound: 铁辘轳耙 pá "rake".)
  const judged = tag === "a" && isSubjectNoun(tokens[i - 1], tagOf) && closesJudgement(tokens, i + 1);
  const predicate = judged || DEGREE.has(tokens[i - 1] ?? "") || ((inPredicate(tokens, i, tagOf) || adverbial) && quantity) || compared(tokens, i, tagOf);
  if (!predicate) return null;
  // Degree words modify what is graded, and so does a predicate jieba knows as an adjective: the
  // reading that is not first of all a verb (最差, 只差两分: chà, not chāi "to send").
  const graded = DEGREE.has(tokens[i - 1] ?? "") || tag === "a" ? gradedReading(ch) : null;
  return graded ? [graded] : readings;
}

/** A noun of two characters or more (质量, 态度): a subject a one-character predicate may follow. */
const isSubjectNoun = (token: string | undefined, tagOf: TagOf) => token !== undefined && token.length >= 2 && /^(?:n|nz|vn)$/.test(tagOf(token) ?? "");
/** Sentence particles a judgement may end with (差了, 差啊), and the little it falls short by (差了点). */
const JUDGEMENT_PARTICLES = new Set(["了", "啊", "呀", "吧", "呢", "的"]);
const A_LITTLE = new Set(["点", "一点", "些", "一些", "点儿", "一点儿"]);
/** Whether the clause ends at tokens[k], past a particle and "a little" (质量差。 差了点。 差了一些). */
function closesJudgement(tokens: string[], k: number): boolean {
  if (JUDGEMENT_PARTICLES.has(tokens[k] ?? "")) k++;
  if (A_LITTLE.has(tokens[k] ?? "")) k++;
  return tokens[k] === undefined || CLAUSE_END.test(tokens[k]);
}

/** predicateChoices for the last character of a token no dictionary has, a degree word and a character (最差). */
export function predicateChoicesInside(tokenChars: string[]): string[] | null {
  if (tokenChars.length !== 2 || !DEGREE.has(tokenChars[0]) || !hasReadingKinds(tokenChars[1])) return null;
  const graded = gradedReading(tokenChars[1]);
  return graded ? [graded] : predicateReadings(tokenChars[1]);
}

/**
 * A word of several readings that is a verb and its aspect particle (背着: bēi zhe "carrying on one's
 * back" / bèi zhe "keeping sth secret from (sb)"), before a counted object (一捆柴, 一个大包) or one
 * an adjective describes (沉重的书包, 年迈的母亲): the reading whose verb is the character's main verb
 * sense (mainVerbReading: 背 bēi), as rule (1) of placeReading reads the character alone before 着 +
 * an object. Such an object is a thing or a person the verb handles; before a bare person, a
 * pronoun or a body part (背着父母, 背着我的父母, 背着手) the model decides. null elsewhere.
 */
export function aspectWordReading(tokens: string[], t: number, readings: string[][], tagOf: TagOf): string[] | null {
  const token = tokens[t];
  if (token.length !== 2 || !ASPECT.has(token[1])) return null;
  const next = tokens[t + 1];
  const tag = next === undefined ? "" : (tagOf(next) ?? "");
  // (A numeral and a size before the classifier, 一大|捆柴火, 两小|袋米, count as well.)
  const counted = ((tag === "m" || tag === "mq") && NUMERAL.test(next[0]) && !/^[十百千万亿]/u.test(next)) || (SIZED_COUNT.test(next ?? "") && tokens[t + 2]?.length === 1 && countsWith(next[0] + tokens[t + 2], tagOf));
  if (!counted && !describedObject(tokens, t + 1, tag, tagOf)) return null;
  const verb = verbByMainSense(token[0], tagOf(token[0]) ?? "");
  if (!verb) return null;
  const found = readings.filter((r) => r[0] === verb);
  return found.length === 1 ? found[0] : null;
}
const ASPECT = new Set(["着", "了", "过"]);
/** A numeral and a size that jieba keeps as one word before a classifier (一大|捆, 两小|袋). */
const SIZED_COUNT = /^[一两二三四五六七八九几半][大小满整]$/u;
/** The numeral and the character after the size are a count jieba knows (一捆, 两袋: tagged m). */
const countsWith = (numeralAndUnit: string, tagOf: TagOf) => /^mq?$/.test(tagOf(numeralAndUnit) ?? "");

/** Degree characters jieba glues to a one-character adjective (过重, 太大, 很沉). */
const DEGREE_CHARS = new Set([..."过太很挺极超"]);

/** States in which a person is carried, not hidden from (背着受伤群众, 背着昏迷的老人). */
const CARRIED_STATES = new Set(["受伤", "负伤", "重伤", "摔伤", "昏迷", "昏倒", "晕倒", "熟睡", "睡着", "生病", "病重", "年迈", "瘫痪", "残疾", "醉酒", "喝醉", "行动不便", "腿脚不便"]);

/**
 * An adjective of two characters or more, 的 and a common noun from tokens[k] (沉重的书包), or a state
 * a carried person is in and a noun, with or without 的 (受伤群众): an object described.
 */
function describedObject(tokens: string[], k: number, tag: string, tagOf: TagOf): boolean {
  // A one-character adjective and a noun (背着新书包, 背着大包): a thing described.
  if (tokens[k]?.length === 1 && tag === "a" && /^n/.test(tagOf(tokens[k + 1] ?? "") ?? "") && (tokens[k + 1]?.length ?? 0) >= 2) return true;
  if (CARRIED_STATES.has(tokens[k] ?? "")) {
    const noun = tokens[k + 1] === "的" ? tokens[k + 2] : tokens[k + 1];
    return noun !== undefined && /^n/.test(tagOf(noun) ?? "");
  }
  // (An adjective after a degree character jieba keeps whole counts: 过重的书包, 太大的箱子.)
  const adjective = tag === "a" || (tokens[k].length === 2 && DEGREE_CHARS.has(tokens[k][0]) && tagOf(tokens[k][1]) === "a");
  if (!adjective || tokens[k].length < 2 || tokens[k + 1] !== "的") return false;
  const noun = tokens[k + 2];
  return noun !== undefined && noun.length >= 2 && tagOf(noun) === "n";
}

/** The reading tokens[i] (one character) takes from its grammatical place, or null. */
export function placeReading(tokens: string[], i: number, tagOf: TagOf): string | null {
  const ch = tokens[i];
  // Every answer below is one of the character's reading kinds: without any, there is none.
  if (!hasReadingKinds(ch)) return null;
  const tag = tagOf(ch) ?? "";
  // An adverb stands before what it modifies, so a character jieba knows as an adverb that closes
  // its clause (书要按时还, 书还了吗) is its verb reading (huán), if it has exactly one.
  if (tag === "d" && closesAfter(tokens, i) && isWord(tokens[i - 1])) return onlyVerbReading(ch);
  // Function words, pronouns and locatives (和 c, 中 f) are read by their frames or the model.
  if (NOT_VERB_TAGS.has(tag) && tag !== "nr" && tag !== "a") return null;
  if (counts(tokens[i - 1], tagOf)) return onlyClassifierReading(ch) ?? (tag === "a" && classifierNext(tokens[i + 1]) ? noVerbReading(ch) : null);
  // After a degree word (太冲了), the reading that is not a verb: degree words modify adjectives.
  if (DEGREE.has(tokens[i - 1] ?? "")) return notVerbReading(ch);
  if (tag === "a") {
    const reading = comparedReading(tokens, i, tagOf) ?? besideAdjective(tokens, i, tagOf);
    if (reading) return reading;
  }
  const verb = onlyVerbReading(ch) ?? verbByMainSense(ch, tag);
  if (!verb || NOT_VERB_TAGS.has(tagOf(ch) ?? "")) return null;
  // The second half of V了V / V一V (扇了扇) is the same verb.
  const repeated = (tokens[i - 1] === "了" || tokens[i - 1] === "一") && tokens[i - 2] === ch;
  return repeated || usedAsVerb(tokens, i, tagOf) ? verb : null;
}

/**
 * A character jieba knows as an adjective, right before another adjective of two characters or more (重|特大事故: "serious and
 * exceptionally big"), is an adjective in a row of them: its commonest reading (pinyin-pro's alone),
 * zhòng, not chóng "again", which stands before verbs.
 */
function besideAdjective(tokens: string[], i: number, tagOf: TagOf): string | null {
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_END.test(next)) return null;
  // A phrase jieba keeps whole (特大事故) by its first word (特大). One character after it is its
  // complement (长大, 长高 zhǎng), not an adjective beside it.
  const head = (next.length >= 2 && tagOf(next) === "a") || (next.length >= 3 && tagOf(next.slice(0, 2)) === "a");
  return head ? anyCharReading(tokens[i]) : null;
}

/**
 * For a token no dictionary has (tokens[t]): the reading of its first character when the rest is a
 * complement (缝好 féng, 屏住 bǐng) or a word of two characters or more that placeReading would read
 * it before (铺地砖 pū), and of a character after a numeral inside it (一担 dàn). By index in the
 * token; empty when nothing applies.
 */
export function placeReadingsInside(tokens: string[], t: number, tokenChars: string[], tagOf: TagOf): Map<number, string> {
  const found = new Map<number, string>();
  if (tokenChars.length < 2) return found;
  const first = tokenChars[0];
  // The first character's readings below come from its reading kinds (placeReading's too).
  const firstKinds = hasReadingKinds(first);
  const rest = firstKinds ? tokenChars.slice(1) : [];
  const complement = rest.join("");
  // A verb and its object jieba kept together (铺地砖): read as the two words they are.
  if (firstKinds && rest.length >= 2 && !COMPLEMENTS.has(complement) && tagOf(complement) !== null) {
    // Not at a clause start: there such a token is as often a name (中山路, not zhòng).
    // placeReading looks a few tokens either way: a small window, not a copy of a long text's tokens.
    const before = tokens.slice(Math.max(0, t - 4), t);
    const reading = placeReading([...before, first, complement, ...tokens.slice(t + 1, t + 5)], before.length, tagOf);
    if (reading) found.set(0, reading);
  }
  const firstTag = firstKinds ? (tagOf(first) ?? "") : "";
  if (firstKinds && COMPLEMENTS.has(complement) && !NOT_VERB_TAGS.has(firstTag) && !(PLACE_COMPLEMENTS.has(complement) && /^n/.test(firstTag))) {
    const verb = onlyVerbReading(first) ?? verbByMainSense(first, firstTag);
    if (verb) {
      found.set(0, verb);
      const reading = COMPLEMENT_READINGS[complement];
      if (reading) found.set(1, reading);
    }
  }
  // 好 closing the token right after a verb (叠好, 收拾好): the complement hǎo, as complementReading
  // reads a separate 好. Words with 好 (爱好 ài hào, 只好) are read by the dictionary, never here.
  const last = tokenChars.length - 1;
  if (tokenChars[last] === "好" && /^v[dn]?$/.test(tagOf(tokenChars.slice(0, last).join("")) ?? "")) found.set(last, "hǎo");
  if (tokenChars.length === 2 && DEGREE.has(first) && tagOf(tokenChars[1]) === "a" && hasReadingKinds(tokenChars[1]) && !gradedReading(tokenChars[1])) {
    // A degree word and an adjective jieba kept together (太重, 更好): the adjective's commonest
    // reading (pinyin-pro's alone), zhòng, hǎo, not chóng "again" or hào "to like".
    found.set(1, anyCharReading(tokenChars[1]));
  }
  if (firstKinds && tokenChars.length === 2 && tokenChars[1] !== first && firstTag === "a" && tagOf(tokenChars[1]) === "a") {
    // A verb and the adjective it results in (长胖, 长高 zhǎng): the character's only verb reading.
    const verb = onlyVerbReading(first);
    if (verb) found.set(0, verb);
  }
  // An adjective and a classifier jieba kept together after a numeral (一|长排 cháng).
  if (firstKinds && tokenChars.length === 2 && tagOf(first) === "a" && counts(tokens[t - 1], tagOf) && classifierNext(tokenChars[1])) {
    const adjective = noVerbReading(first);
    if (adjective) found.set(0, adjective);
  }
  // A doubled adjective (长长, 长长的 before a noun or a count): both its reading that is no verb
  // (cháng, not zhǎng "to grow"); 长|长|了 "has grown long" is cut apart before (everyday-cuts).
  if (firstKinds && tokenChars[1] === first && firstTag === "a") {
    const adjective = noVerbReading(first);
    if (adjective) found.set(0, adjective).set(1, adjective);
  }
  for (let k = 1; k < tokenChars.length; k++) {
    if (!NUMERAL.test(tokenChars[k - 1]) || NUMERAL.test(tokenChars[k])) continue;
    const classifier = onlyClassifierReading(tokenChars[k]);
    if (classifier) found.set(k, classifier);
  }
  return found;
}

/** CC-CEDICT marks a word's reading as a verb's complement: 不了 bù liǎo "(as a resultative verb suffix) unable to". */
const SUFFIX_SENSE = /^\(as a resultative verb suffix\)/;
const suffixReadings = new BoundedMap<string, string[] | null>();

/** The reading of a word whose entry is a verb suffix (不了 bù liǎo), when another reading is not one. */
function suffixReadingOf(word: string): string[] | null {
  let found = suffixReadings.get(word);
  if (found === undefined) {
    const entries = cedictEntries(word).filter((e) => !e.capitalised && e.pinyin);
    const suffix = entries.filter((e) => SUFFIX_SENSE.test(e.definitions[0] ?? ""));
    found = suffix.length === 1 && entries.length > 1 ? suffix[0].pinyin!.toLowerCase().split(" ") : null;
    suffixReadings.set(word, found);
  }
  return found;
}

/**
 * A word of several readings one of which CC-CEDICT gives as a verb's suffix (不了: bù liǎo "unable
 * to", bù le "no thanks"), right after a verb jieba knows: that reading (走|不了, 解决|不了 liǎo).
 * At a clause start or after anything else (不了，谢谢) the model decides.
 */
export function suffixWordReading(tokens: string[], t: number, readings: string[][], tagOf: TagOf): string[] | null {
  const prev = tokens[t - 1];
  if (prev === undefined || !/^v[dgn]?$/.test(tagOf(prev) ?? "")) return null;
  const suffix = suffixReadingOf(tokens[t]);
  return suffix && readings.some((r) => r.join(" ") === suffix.join(" ")) ? suffix : null;
}

/** The same inside a token no dictionary has, a verb and such a word (解决不了, 吃不了): by index in the token. */
export function suffixReadingsInside(tokenChars: string[], tagOf: TagOf): Map<number, string> {
  const found = new Map<number, string>();
  for (let k = tokenChars.length - 2; k >= 1; k--) {
    const suffix = suffixReadingOf(tokenChars.slice(k).join(""));
    if (!suffix || suffix.length !== tokenChars.length - k) continue;
    if (/^v[dgn]?$/.test(tagOf(tokenChars.slice(0, k).join("")) ?? "")) suffix.forEach((r, j) => found.set(k + j, r));
    break;
  }
  return found;
}
