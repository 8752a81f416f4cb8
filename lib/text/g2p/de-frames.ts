// Frames of 得: the modal děi, the complement's particle de, the potential complement (V得了 de
// liǎo, V得到 de dào) and the verb dé "to get", read by the words around it. frames.ts dispatches
// them; counter-cases are in tests/unit/text/de-complement.test.ts and pinyin-frames.test.ts.

import type { TagOf } from "./frames";
import { ASPECT_PARTICLES, CLAUSE_END, DEGREE, DEGREE_OR_ADJECTIVE, isVerbTag } from "./frame-words";
import { errandReading, kneadReading } from "./colloquial-frames";
import { cedictEntries } from "@/lib/dict/cedict";
import { isLexiconIdiom } from "@/lib/dict/idioms";

/** Illnesses one catches (得感冒, 得病). */
const ILLNESS = new Set(["感冒", "病", "重病", "大病", "癌症", "癌", "流感", "肺炎", "胃病", "心脏病", "糖尿病", "传染病"]);

/** Prepositions the modal 得 stands before (我得和他谈谈, 你得把…). */
const MODAL_BEFORE = new Set(["和", "跟", "同", "与", "给", "把", "将", "对", "从", "向", "替", "为"]);

/** The reading of a one-character token 得 in its sentence, or null to let the model decide. */
/** Who must do it, after 得 (这件事得你来办). */
const PRONOUN_DOERS = new Set(["我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱们", "大家"]);
/** People an action leaves in some state (吓得他…, 累得我们…). */
const AFFECTED = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们", "人", "大家"]);

export function readingOfDe(tokens: string[], i: number, tagOf: TagOf): string | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_END.test(next)) return null;
  const nextTag = tagOf(next);
  // Opening a clause whose subject the sentence gave before (机器出了点毛病，得找人来修): before a verb
  // or an adverb opening a verb phrase, the modal. (得到, 得知, 得罪 are words; 得了吧 has 了 next.)
  if (prev === undefined || CLAUSE_END.test(prev)) return (isVerbTag(nextTag) && next !== "了") || opensVerbPhrase(next) || ADVERB_ALONE.has(next) ? "děi" : null;
  // A one-character noun by jieba's tag with a verb's sense, after a pronoun subject, is the
  // predicate (她气得说不出话来, 他病得很重): read as the verb it is.
  const prevTag = verbAfterSubject(tokens, i - 1, tagOf) ? "v" : tagOf(prev);
  // One catches an illness (我得感冒了, 这个人得感冒了, 他得了重病): dé, though jieba tags 感冒 a verb.
  if (ILLNESS.has(next)) return "dé";
  // A noun after a determiner, or opening its clause without a verb's sense, is the subject; before a
  // verb 得 is the modal (这病得治, 这项工作得抓紧).
  // So before a preposition opening its verb phrase (这件事得由你来决定, 钱得在月底前还清), or an
  // idiom that opens with a verb or preposition (这个问题得从长计议): 得 "to get" takes a noun, not a
  // preposition (比 after a verb is the complement's: 跑得比我快).
  // A character jieba tags a noun but used as a verb with its aspect (钱得省着花: 省 "to save") counts.
  const verbNext = isVerbTag(nextTag) || (next.length === 1 && tokens[i + 2] === "着" && hasVerbSense(next));
  if ((verbNext || (nextTag === "p" && next !== "比") || verbIdiom(next, nextTag, tagOf)) && nounSubject(tokens, i - 1, tagOf)) return "děi";
  // After a time word, before what is to be done by then (今晚得把行李收拾好, 明天得早点出门): the
  // modal; dé "to get" takes a thing (今年得了冠军: 了 is no verb).
  if (tagOf(prev) === "t" && (nextTag === "p" || (isVerbTag(nextTag) && next !== "了")) && next !== "比") return "děi";
  // After an adverb, before a verb or a preposition (还得还房贷, 也得去, 就得把话说清楚): the modal;
  // not before an aspect particle (他也得过奖, 就得了冠军: dé "to win").
  if (MODAL_ADVERBS.has(prev) && !ASPECT_PARTICLES.has(next) && (nextTag === "p" || isVerbTag(nextTag) || next === "还") && next !== "比") return "děi";
  // After a personal pronoun, before a verb or a preposition (我得在家看孩子, 你得去一趟): the modal; 他得
  // 人心, 他得了奖 take a thing or an aspect, dé.
  if (SUBJECT_PRONOUNS.has(prev) && !ASPECT_PARTICLES.has(next) && (nextTag === "p" || isVerbTag(nextTag) || AT_PLACE.has(next)) && next !== "比") return "děi";
  // A verb, or a character with a verb's sense jieba tags otherwise, and a state word later in the
  // clause (照得院子里亮堂堂的, 晒得皮肤红彤彤的): the complement's particle, describing what the action
  // left.
  if (prev.length === 1 && (isVerbTag(prevTag) || hasVerbSense(prev)) && stateFollows(tokens, i + 1, tagOf)) return "de";
  // After a noun subject, before who must do it (这件事得你自己拿主意, 这事得他来办): the modal.
  if (/^n[a-z]?$/.test(prevTag ?? "") && !/^nr/.test(prevTag ?? "") && PRONOUN_DOERS.has(next) && (tokens[i + 2] === "自己" || tokens[i + 2] === "来" || tokens[i + 2] === "去" || isVerbTag(tagOf(tokens[i + 2] ?? "")))) return "děi";
  // A one-character verb or adjective, 得 and the person it left so, then more of the clause (吓得他说
  // 不出话, 晃得我睁不开眼, 累得我们满头大汗): the complement's particle; dé "to get" takes a thing.
  // (A pronoun before 得 is a subject: 他得人心, 我得走了.)
  if (prev.length === 1 && (isVerbTag(prevTag) || prevTag === "a") && AFFECTED.has(next) && tokens[i + 2] !== undefined && !CLAUSE_END.test(tokens[i + 2])) return "de";
  // A one-character verb, 得 and a result or direction closing the clause or before 来/去 is the
  // potential complement (装得下吗, 拿得动, 吃得完, 看得懂, 拿得出来, 爬得上去): the particle de.
  // (我们得下决心: a pronoun before; 他得出结论: jieba's word 得出.)
  if (prev.length === 1 && isVerbTag(prevTag) && potentialResult(next) && closesPotential(tokens[i + 2])) return "de";
  // 不得 is bùdé ("must not"), a word of its own even when cut apart. After a subject, before an
  // adverb (我得赶紧走, 我们得好好准备), 得 is the modal too: neither dé "to get" nor the particle
  // de stands between a pronoun and an adverb.
  // (差 tagged a noun is the verb "to send" in 我们得差人去: its frame reads it so.)
  // Before a preposition after a pronoun (我得和他谈谈, 你得把作业写完, 我得给妈妈打电话) too: 得
  // "to get" takes no preposition.
  if ((prevTag === "r" || prevTag === "d") && prev !== "不" && (isVerbTag(nextTag) || errandReading(tokens, i + 1))) return "děi";
  if (prevTag === "r" && MODAL_BEFORE.has(next)) return "děi";
  // 可 "certainly" before the modal (你可得注意身体, 这回可得小心): "must"; 可得 "obtainable" is
  // written, and 唾手可得 a word.
  if (prev === "可" && (isVerbTag(nextTag) || nextTag === "a" || nextTag === "ad" || nextTag === "d" || hasVerbSense(next))) return "děi";
  // Before 有 after a pronoun or noun subject (上下楼梯得有人扶着, 你得有点耐心, 人得有点追求): "must
  // have". After a verb it is the complement's de (说得有道理, 病得有点重: 病 reads as a verb there).
  if (next.startsWith("有") && (prevTag === "r" || /^n[a-z]?$/.test(prevTag ?? "")) && !/^nr/.test(prevTag ?? "")) return "děi";
  // Before a verb phrase jieba keeps as one noun or idiom (这得看情况, 我们得从头开始): its first
  // character or two are the verb.
  if (prevTag === "r" && next.length >= 3 && /^(?:n|i|l)$/.test(nextTag ?? "") && (isVerbTag(tagOf(next[0])) || isVerbTag(tagOf(next.slice(0, 2))))) return "děi";
  if (prevTag === "r" && (nextTag === "d" || nextTag === "ad")) return "děi";
  // Before an adverb jieba glued to its verb (还得再改改, 我得先走) or a manner word (你得这样做):
  // the modal too.
  // So before such an adverb standing alone after an adverb (还得再等一会儿, 还得先写作业): dé "to get"
  // takes a noun, and the particle de follows a verb.
  if ((prevTag === "r" || prevTag === "d") && prev !== "不" && (opensVerbPhrase(next) || (prevTag === "d" && ADVERB_ALONE.has(next)))) return "děi";
  // 多/少 before a verb are adverbs whatever jieba's numeral tag (你得多吃点儿): the modal.
  if (prevTag === "r" && (next === "多" || next === "少") && verbLike(tokens[i + 2] ?? "", tagOf)) return "děi";
  // After a noun subject, before an adverb opening a verb phrase (这事儿得慢慢来, 作业得先写完): the
  // modal; dé "to get" takes a noun, and the particle de follows no noun. Not before a negation
  // (学生得不到 dé: "cannot get") nor a degree word (程序运行|得|很慢: jieba glued the verb to its
  // subject, and 得 is the complement's particle).
  if (/^n[a-z]?$/.test(prevTag ?? "") && !/^nr/.test(prevTag ?? "") && (opensVerbPhrase(next) || ((nextTag === "d" || nextTag === "ad") && !NEGATION.test(next) && !DEGREE.has(next) && !DEGREE.has(next[0])))) return "děi";
  // V得了 closing a question or clause (搬得了吗), or asking with an object (过得了这一关吗): the
  // potential complement de + liǎo.
  if (next === "了" && potentialLiao(tokens, i, prevTag)) return "de";
  // jieba tags 过 an aspect particle and 下 a locative, but before 得 they are verbs "to pass; to
  // live", "to fall" (时间过得真快, 雨下得很大); a manner question after V得 asks about the complement.
  // So is 和 huó "to knead" (面要和得软一点), which jieba tags a conjunction.
  // So is a subject and its verb jieba glued into one noun (程序运行|得|很慢, 经济发展得很快).
  const verbBefore = isVerbTag(prevTag) || prevTag === "a" || prev === "过" || prev === "下" || (prev === "和" && kneadReading(tokens, i - 1) !== null) || (prev.length >= 4 && isVerbTag(tagOf(prev.slice(-2))));
  // jieba keeps some degree phrases whole (很大 n, 很快): one that opens with a degree word counts.
  const degreeNext = DEGREE_OR_ADJECTIVE.test(nextTag ?? "") || (next.length > 1 && DEGREE.has(next[0]));
  if (verbBefore && (degreeNext || MANNER_QUESTIONS.has(next))) return "de";
  // A place or time before a verb or adverb is the subject's setting (路上得开六个小时, 明天得早点来):
  // the modal.
  if ((prevTag === "s" || prevTag === "t") && (isVerbTag(nextTag) || nextTag === "d")) return "děi";
  // After a verb or adjective, before a verb, adjective, adverb, idiom or 比 (忙得觉都睡不好, 高兴得跳了
  // 起来, 跑得比我快, 冷得多): the complement's particle de. Before a noun or pronoun it is the verb's
  // result dé "to get" (深得信任, 尽得其真传, 采得的矿石); after a verbal noun or 即/可 too (比赛得分, 即得).
  if ((/^v[dgi]?$/.test(prevTag ?? "") || prevTag === "a" || prevTag === "b") && !GOT_NEXT.has(next) && !GOT_AFTER.has(prev)) {
    // (tg: 晚 "late", which jieba tags a time morpheme: 睡得晚, 来得晚.)
    if (next === "多" || /^(?:v[dgi]?|a|ad|an|d|i|l|z|p|tg)$/.test(nextTag ?? "")) return "de";
    // After a verb of two characters, a word that is first of all a verb though jieba tags it a
    // noun (感动得流泪, 流泪 n "to shed tears"): dé "to get" takes no verb. (深得信任: one character.)
    if (prev.length >= 2 && next.length >= 2 && verbSenseFirst(next)) return "de";
    // 写得一手好字, 说得一口流利的英语: the skill the verb shows.
    if (next === "一手" || next === "一口") return "de";
    // An idiom or set phrase of four characters saying how (累得满头大汗, 高兴得手舞足蹈), whatever
    // jieba tags it (满头大汗 ns): dé "to get" takes a noun, and a set phrase after a verb or
    // adjective and 得 is its result.
    // (Not a name: 争取得诺贝尔奖 is dé "to win".)
    if (isLexiconIdiom(next) || (next.length === 4 && cedictEntries(next).some((e) => !e.capitalised))) return "de";
    // 说得有道理, 讲得很有意思: a predicate of 有 as the complement (jieba tags 有道理 n).
    if (HAVING_COMPLEMENTS.has(next)) return "de";
    // An adjective, 得 and a phrase of four characters jieba keeps whole that no dictionary has
    // (累得腰酸背痛, 冷得瑟瑟发抖): the state it left; an adjective gets nothing (dé), and no name follows.
    if (prevTag === "a" && next.length === 4 && !/^n[rstz]/.test(nextTag ?? "")) return "de";
  }
  // A one-character adjective, 得 and a causative (美得让人说不出话, 好得叫人羡慕): the complement's
  // particle, even where jieba tags the adjective otherwise (美 "ns", for America); a subject before
  // 得 (我得让他知道, 这事得让他办) was read as the modal above.
  if (CAUSATIVES.has(next) && prev.length === 1 && (prevTag === "a" || adjectiveFirst(prev))) return "de";
  return null;
}

const CAUSATIVES = new Set(["让", "使", "叫", "令"]);

/** A character whose commonest common entry is no verb (美 "beautiful; very satisfactory"), beside its proper nouns. */
function adjectiveFirst(ch: string): boolean {
  const first = cedictEntries(ch).find((e) => !e.capitalised)?.definitions[0];
  return first !== undefined && !/^(?:\(.*?\) )?to /.test(first) && !/^\(/.test(first);
}
/** A state word (jieba's z: 亮堂堂, 红彤彤) within the clause from tokens[k] on. */
function stateFollows(tokens: string[], k: number, tagOf: TagOf): boolean {
  for (; k < tokens.length && !CLAUSE_END.test(tokens[k]); k++) if (tagOf(tokens[k]) === "z") return true;
  return false;
}

/** Results and directions a potential complement names (V得下, V得动). */
const POTENTIAL_RESULTS = new Set([..."下上出进起动完懂见清住开掉走回过"]);
/** A result or direction (下, 动), or a direction and 来/去 (上去, 出来). */
const potentialResult = (word: string) => POTENTIAL_RESULTS.has(word[0]) && (word.length === 1 || (word.length === 2 && (word[1] === "来" || word[1] === "去")));
/** After the complement: the clause's end, a question or sentence particle, or 来/去 (拿得出来). */
const closesPotential = (after: string | undefined) => after === undefined || CLAUSE_END.test(after) || CLAUSE_CLOSERS.has(after) || after === "来" || after === "去";
const MANNER_QUESTIONS = new Set(["怎么样", "怎样", "如何"]);
/** How a thing must be done, before its verb (你得这样做). */
const MANNER = new Set(["这样", "那样", "这么", "那么", "如此", "这么样"]);
/** Adverbs that open a token jieba glued to a verb (再改, 先走, 赶紧去). */
const VERB_PHRASE_ADVERBS = ["再", "先", "赶紧", "赶快", "马上", "立刻", "好好", "慢慢"];
const ADVERB_START = new RegExp(`^(?:${[...VERB_PHRASE_ADVERBS, "早点", "快点"].join("|")})`, "u");
/** Those adverbs as tokens of their own (再, 先). */
const ADVERB_ALONE: ReadonlySet<string> = new Set(VERB_PHRASE_ADVERBS);
/** A manner word, or an adverb jieba glued to its verb (这样, 先走, 慢慢来): a verb phrase opens. */
const opensVerbPhrase = (next: string) => MANNER.has(next) || (ADVERB_START.test(next) && next.length > 1 && !GOT_AFTER_ADVERB.has(next));
/**
 * A verb by jieba's tag, or a word jieba tags a morpheme (穿 zg) whose first sense is a verb's
 * (你得多穿点衣服).
 */
function verbLike(word: string, tagOf: TagOf): boolean {
  const tag = tagOf(word);
  if (isVerbTag(tag)) return true;
  return (tag === "zg" || tag === "g") && /^to /.test(cedictEntries(word).find((e) => !e.capitalised)?.definitions[0] ?? "");
}

const NEGATION = /^[不没未]/u;
/** Pronouns that are a subject before a predicate (not 这, 那: determiners before a noun). */
const SUBJECT_PRONOUN = /^(?:我|你|您|他|她|它|我们|你们|他们|她们|咱们|大家|人家)$/u;
const DETERMINERS = new Set(["这", "那", "该", "此", "这个", "那个"]);
/** An idiom or set phrase that opens with a verb or a preposition (从长计议, 引以为戒): a verb phrase. */
function verbIdiom(word: string, tag: string | null, tagOf: TagOf): boolean {
  if (word.length < 3 || (tag !== "i" && tag !== "l")) return false;
  const first = tagOf(word[0]);
  return isVerbTag(first) || first === "p" || isVerbTag(tagOf(word.slice(0, 2)));
}

/** A demonstrative and its measure word in one token (这件, 那种, 这些): a determiner too. */
const countedThis = (word: string, tagOf: TagOf) => word.length === 2 && /^[这那该此]/u.test(word) && /^(?:mq|r)$/.test(tagOf(word) ?? "");

/** CC-CEDICT's every common entry of the word opens with a verb's sense ("to shed tears"). */
function verbSenseFirst(word: string): boolean {
  const entries = cedictEntries(word).filter((e) => !e.capitalised);
  return entries.length > 0 && entries.every((e) => /^to [a-z]/.test(e.definitions[0] ?? ""));
}

/** Whether the character has a verb's sense among its first ones (气 "to get angry", 病 "to fall ill"). */
export function hasVerbSense(ch: string): boolean {
  return cedictEntries(ch).some((e) => !e.capitalised && e.definitions.slice(0, 6).some((d) => /^to /.test(d)));
}

/** A one-character noun (by tag) with a verb's sense right after a pronoun subject (她|气|得). */
function verbAfterSubject(tokens: string[], k: number, tagOf: TagOf): boolean {
  const word = tokens[k];
  return word.length === 1 && /^n/.test(tagOf(word) ?? "") && SUBJECT_PRONOUN.test(tokens[k - 1] ?? "") && hasVerbSense(word);
}

/** A one-character noun that is the subject: after a determiner (这|病), or opening its clause without a verb's sense (钱). */
function nounSubject(tokens: string[], k: number, tagOf: TagOf): boolean {
  const word = tokens[k];
  const tag = tagOf(word) ?? "";
  const before = tokens[k - 1];
  const determined = before !== undefined && (DETERMINERS.has(before) || countedThis(before, tagOf));
  // A longer noun only after a determiner (这个问题; a verbal noun too: 这项工作): alone it may be a
  // verbal noun glued to what follows (比赛得分).
  if (word.length !== 1) return determined && word.length <= 3 && (/^n/.test(tag) || tag === "vn") && !/^nr/.test(tag);
  if (!/^n/.test(tag)) return false;
  if (determined) return true;
  return (before === undefined || CLAUSE_END.test(before)) && !hasVerbSense(word);
}

/** Where one must be (我得在家…): jieba tags 在家 a pronoun. */
const AT_PLACE = new Set(["在家", "在家里", "先"]);

/** Personal pronouns that are the subject of the modal 得 (我得走了). */
const SUBJECT_PRONOUNS = new Set(["我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱们", "咱", "大家"]);

/** Adverbs before the modal 得 (还得, 也得, 就得). */
const MODAL_ADVERBS = new Set([..."还也就都又总只"]);

/** Words opening so that are no adverb and verb (再次 is "again": 得再次 stays for the other rules). */
const GOT_AFTER_ADVERB = new Set(["再次", "先后", "先进", "先生", "再说"]);
/** Predicates of 有 that say how something is done (说得有道理, 讲得有意思, 写得有点乱). */
const HAVING_COMPLEMENTS = new Set(["有道理", "有理", "有意思", "有趣", "有点", "有点儿", "有些", "有声有色", "有板有眼", "有条有理"]);
/** After 得, what makes it dé "to get" or a word's end (得了, 得到, 得以). */
const GOT_NEXT = new Set(["了", "到", "以", "着", "过", "的"]);
/** Literary "then" and "can" before 得 "to get" (即得往生, 可得): not verbs with a complement. */
const GOT_AFTER = new Set(["即", "可", "方", "乃", "始"]);

/**
 * 得 at i and 了 after it are the potential complement (de liǎo, "able to"): after a verb (过 and 下
 * too, which jieba tags otherwise) when the clause ends there (搬得了吗) or is a question on an
 * object (过得了这一关吗, 吃得了这么多吗). A statement with an object is dé le "got" (考得了第一名).
 */
export function potentialLiao(tokens: string[], i: number, prevTag: string | null): boolean {
  const prev = tokens[i - 1];
  if (!isVerbTag(prevTag) && prev !== "过" && prev !== "下") return false;
  if (closesQuestion(tokens[i + 2])) return isVerbTag(prevTag);
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    if (CLAUSE_END.test(tokens[k])) return false;
    if (tokens[k] === "吗" || tokens[k] === "呢") return CLAUSE_END.test(tokens[k + 1] ?? "。");
  }
  return false;
}

/** The end of a clause or a question particle (吗, 吧, 呢) closing it. */
function closesQuestion(t: string | undefined): boolean {
  return t === undefined || CLAUSE_END.test(t) || t === "吗" || t === "吧" || t === "呢" || t === "啊";
}

/** Words of 得 + a result that a verb before them makes a potential complement (potentialDe). */
export const POTENTIAL_WORDS: ReadonlySet<string> = new Set(["得到", "得着", "得住"]);
/** What closes a potential complement's clause: its end or a sentence particle (做得到吗？). */
const CLAUSE_CLOSERS = new Set(["吗", "呢", "吧", "啊"]);

/**
 * A word of 得 + a result (得到 dé dào "to obtain") after a one-character verb, closing its clause, is
 * the potential complement: 做得到 zuò de dào "can do it", 找得到吗, 买得到; after a subject (他得到了)
 * or before an object (得到支持) it is the word. Returns the token's syllables, or null.
 */
export function potentialDe(tokens: string[], t: number, tagOf: TagOf): string[] | null {
  const token = tokens[t];
  if (!POTENTIAL_WORDS.has(token)) return null;
  const prev = tokens[t - 1];
  if (prev === undefined || prev.length !== 1 || !isVerbTag(tagOf(prev))) return null;
  const next = tokens[t + 1];
  if (next !== undefined && !CLAUSE_END.test(next) && !CLAUSE_CLOSERS.has(next)) return null;
  return ["de", token === "得到" ? "dào" : token === "得着" ? "zháo" : "zhù"];
}
