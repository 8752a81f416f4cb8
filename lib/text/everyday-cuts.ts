import { cedictEntries } from "@/lib/dict/cedict";
import { PAUSE, isVerbTag } from "./g2p/frame-words";
import type { Segment } from "./segment";
import { verbFirst } from "./recut-words";

// Cuts of everyday sentences that jieba makes by word frequency where the words around say
// otherwise. Each moves one boundary, between words CC-CEDICT knows, on a pattern of the
// neighbours (counter-cases in tests/unit/text/everyday-cuts.test.ts):
//   这些|人大|都 → 这些|人|大都: after a word counting people, "people" and "mostly", not the
//     congress (各级人大都要…, 全国人大都… keep it);
//   大家|一|起来|看看 → 大家|一起|来|看看: 起来 before a verb or the clause's end is 一起 "together"
//     and 来 (她一起来就去跑步 "as soon as she gets up" keeps 一|起来 before 就);
//   我会|开车 → 我|会|开车: a pronoun and a modal CC-CEDICT lacks as one word ("our association"),
//     before a verb;
//   喝了|一大|口水 → 一大口|水, 两|口水 → 两|口|水: after a count, 口 is the measure word "mouthful"
//     (擦了擦口水, 满嘴口水 keep "saliva");
//   包|重五|公斤 → 包|重|五|公斤: a numeral that jieba glued to 重 (重五, the Dragon Boat Festival)
//     before a measure word is the weight;
//   他用|手机, 他杀|了 → 他|用, 他|杀: a pronoun and a verb jieba keeps as a word ("other use",
//     "homicide") before an object or an aspect particle, not after a verb (挪作他用, 排除了他杀的可能);
//   上|传到 → 上传|到, 被|转|交给 → 转交|给: a character and a verb + complement CC-CEDICT lacks, where
//     the character and the verb make a verb CC-CEDICT has (上传 "to upload"), unless the character
//     is an adverb (再|生成) or a locative where no verb must come (等级下|达到);
//   请|把门|关上 → 请|把|门|关上: 把 and a noun character jieba knows as one word (把门 "to keep
//     guard on a gate", 把手 "handle"), before a verb, are the object marker and the noun (门的把手|坏,
//     这个把手 keep the noun);
//   双方同意|进一步 → 双方|同意: parties and a verb CC-CEDICT keeps as a noun ("bilateral
//     agreement") are the subject and its verb, wherever they stand (需要双方同意才行);
//   头发|长长|了 → 长|长|了: a doubled 长 before 了 is the verb and its result, "has grown long"
//     (长长的头发, 长长地叹了口气 keep the doubled adjective);
//   花都|开|了 → 花|都|开|了: a district known only by reference (CC-CEDICT "see 花都区") whose first
//     character is a noun, at a clause's start and before a verb that ends the clause, is that noun
//     and 都 "all" (我们去花都玩, 花都开了一家店, 成都开了 keep the place);
//   奶奶的|老家 → 奶奶|的|老家: an oath CC-CEDICT lists ("damn it!") before a noun is a noun and 的;
//   说|的话 → 说|的|话: after a verb of speech, "the words said", unless a word of supposing opens the
//     clause (如果你想说的话 keeps "if").

type TagOf = (word: string) => string | null;
type Make = (word: string) => Segment;

const code = (ch: string) => ch.charCodeAt(0);
const YUE = code("月");
/** Before 月, the month before, after or this one (上月, 下月, 本月). */
const MONTH_BEFORE = new Set(["上", "下", "本"]);
const DAO = code("道");
const GAN = code("感");
const DOU_CODE = code("都");
/** People 都 "all" sums up (大家都, 他们都). */
const SUMMED_PEOPLE = new Set(["大家", "我们", "你们", "他们", "她们", "人们", "咱们", "大伙", "大伙儿", "全场", "观众", "同学们", "孩子们"]);
/** Words before which 过道 is the passage (靠过道的座位, 放在过道上, 的过道). */
const aisleBefore = (t: string | undefined) => t === "靠" || t === "的" || (t !== undefined && t.endsWith("在"));
/** Words that count or point out people (这些人, 大多数人). */
const PEOPLE_COUNT = new Set(["这些", "那些", "有些", "一些", "很多", "许多", "好多", "大多数", "多数", "少数", "不少", "其他", "其余", "所有", "当地", "年轻"]);
/** A count or demonstrative of one (一个, 这个, 那个, 每个). */
const ONE_PERSON = /^(?:一个|这个|那个|每个|哪个|某个)$/u;

/** CC-CEDICT has the word only as an abbreviation of a name (人行 "People's Bank of China (abbr. …)"). */
function abbreviationOnly(word: string): boolean {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => e.definitions.every((d) => /\(abbr\. (?:for|of) /.test(d)));
}

/** After 一起来: 吧 and other clause-closing particles. */
const CLOSING = new Set(["吧", "啊", "呀", "吗", "了", "嘛"]);
const PRONOUNS = new Set([..."我你他她它您"].map(code));
const MODALS = new Set([..."会要能想该"].map(code));
const NUMERAL = /^(?:[0-9０-９]+|[一二三四五六七八九十两几半]+)$/u;
const COUNT_END = /[0-9０-９一二三四五六七八九十两几半]$/u;
const WEIGHT = new Set(["公斤", "斤", "克", "千克", "吨", "磅", "两", "公两"]);
/** Words that may stand before 花都-like nouns at a clause's start (这些花都开了). */
const POINTING = new Set(["这些", "那些", "所有", "的"]);
const REFERENCE_ONLY = /^(?:see |alternative name for |old name for |nickname for )/;
const DOU = code("都");
const REN = code("人");
const YI = code("一");
const KOU = code("口");
const ZHONG = code("重");
const CHANG = code("长");
const BA = code("把");
const DE = code("的");
/** CC-CEDICT has the word only as an exclamation (奶奶的 "damn it!; blast it!"). */
const onlyOath = (word: string) => {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => (e.definitions[0] ?? "").endsWith("!"));
};
/** 他, 她 opening words CC-CEDICT reads "other …" (他用 "other use", 他杀 "homicide"). */
const OTHER_PRONOUNS = new Set([..."他她"].map(code));
const ASPECT = new Set(["了", "着", "过"]);
/** Tags of an object after a verb: a noun, pronoun, numeral or measure. */
const OBJECT = /^(?:n[a-z]*|r|m|mq|q)$/;
/** Complements a verb takes after it (上传|到, 下载|在). */
const COMPLEMENT_ENDS = new Set([..."到在给至成"].map(code));
/** Parties to a talk or an agreement, who agree, think or say (双方同意, 各方认为). */
const PARTIES = new Set(["双方", "各方", "多方", "对方", "两国", "两党", "中方", "美方", "我方"]);
/** Words before a noun (门的把手, 这个把手): 把X after them is the noun. */
const MODIFIER = new Set(["的", "个", "这个", "那个", "一个", "这", "那", "哪个"]);

/** Verbs of speech whose words 的话 may be (说的话, 讲的话). */
const SPEECH = new Set(["说", "讲", "问", "写", "骂", "讲过", "说过"]);
/** Words of supposing that make a clause's 的话 "if" (如果…的话). */
const SUPPOSING = new Set(["如果", "要是", "假如", "假若", "若", "万一", "倘若", "假设", "若是"]);
/** Whether a word of supposing opens the clause before segs[i]. */
function supposed(segs: readonly Segment[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !PAUSE.test(segs[k].text); k--) if (SUPPOSING.has(segs[k].text)) return true;
  return false;
}

/** CC-CEDICT knows the word only as a name by reference (花都 "see 花都区; alternative name for Paris"). */
function referenceOnly(word: string): boolean {
  const entries = cedictEntries(word);
  return entries.length > 0 && entries.every((e) => e.capitalised && e.definitions.every((d) => REFERENCE_ONLY.test(d)));
}

/** A character whose first common sense is no verb (花 "flower"; not 成 "to succeed", as in 成都). */
function nounFirst(ch: string): boolean {
  const first = cedictEntries(ch).find((e) => !e.capitalised)?.definitions[0];
  return first !== undefined && !/^(?:\([^)]*\) )?to /.test(first);
}

/** An aspect particle, or an object: a noun, pronoun, number or measure, or Latin letters and digits. */
function objectOrAspect(next: string | undefined, tagOf: TagOf): boolean {
  if (next === undefined) return false;
  return ASPECT.has(next) || /^[A-Za-z0-9]/.test(next) || OBJECT.test(tagOf(next) ?? "");
}

/**
 * Whether the one-character token at k may open a verb: not an adverb (再|生成 stays), and a
 * locative (上, 下) only where a verb must come, after 把, 将 or 被 in the clause (把照片上|传到 →
 * 上传|到; 等级下|达到 keeps the locative).
 */
function verbMayOpen(segs: readonly Segment[], k: number, tagOf: TagOf): boolean {
  const tag = tagOf(segs[k].text) ?? "";
  if (/^(?:d|ad|c|p|r|m|q|u[a-z]*)$/.test(tag)) return false;
  if (tag !== "f") return true;
  for (let j = k - 1; j >= 0 && !PAUSE.test(segs[j].text); j--) if (DISPOSAL.has(segs[j].text)) return true;
  return false;
}
const DISPOSAL = new Set(["把", "将", "被"]);

/** The clause ends at `k`, or after an aspect particle there (花都开了。): nothing is done to anything. */
function clauseEndsAfterVerb(segs: readonly Segment[], k: number): boolean {
  const ends = (t: string | undefined) => t === undefined || PAUSE.test(t);
  const t = segs[k]?.text;
  return ends(t) || ((t === "了" || t === "过" || t === "啦") && ends(segs[k + 1]?.text));
}

/** The parts a token splits into here, or null; `from` and `count` say which tokens they replace. */
function cut(segs: readonly Segment[], i: number, tagOf: TagOf): { parts: string[]; from: number; count: number } | null {
  const b = segs[i].text;
  const a = i > 0 ? segs[i - 1].text : "";
  const next = segs[i + 1]?.text;
  const first = b.charCodeAt(0);
  // 比|上|月 → 上月 "last month": jieba leaves 上, 下 and 本 apart from 月 by frequency; together
  // they are the month (比上月增长, 下月初), as 上周 and 下周 are cut whole already.
  if (first === YUE && b.length === 1 && MONTH_BEFORE.has(a) && !segs[i - 1].name) return { parts: [a + b], from: i - 1, count: 2 };
  // 紧迫|感 → 紧迫感 "sense of urgency": a word of the segmenter's dictionary that ends in the
  // suffix 感, which jieba cut off by frequency (的紧迫 outweighed it); 感 alone is the verb "to feel".
  if (first === GAN && b.length === 1 && a.length >= 2 && !segs[i - 1].name && tagOf(a + b) !== null) return { parts: [a + b], from: i - 1, count: 2 };
  // 大家|都乐|了 → 都|乐: a word CC-CEDICT lacks that opens with 都 (a brand, 都乐 "Dole"), after
  // the people it sums up, is "all" and the predicate.
  if (first === DOU_CODE && b.length === 2 && SUMMED_PEOPLE.has(a) && cedictEntries(b).length === 0) return { parts: [b[0], b[1]], from: i, count: 1 };
  // 靠|过|道 → 靠|过道 "the aisle": after 靠, 在 or 的, 过 is no aspect particle (说过|道歉 keeps it).
  if (first === DAO && b.length === 1 && a === "过" && aisleBefore(segs[i - 2]?.text)) return { parts: ["过道"], from: i - 1, count: 2 };
  if (b.length === 2) {
    if (first === REN && b === "人大" && next === "都" && PEOPLE_COUNT.has(a)) return { parts: ["人", "大都"], from: i, count: 2 };
    // 他一个|人行|吗 → 一个|人|行: after a count of one person, 人 and a word CC-CEDICT has only as an
    // abbreviation (人行 "People's Bank of China") are "person" and the predicate (行 "all right").
    if (first === REN && ONE_PERSON.test(a) && abbreviationOnly(b)) return { parts: ["人", b.slice(1)], from: i, count: 1 };
    if (first === KOU && b === "口水" && (a === "一大" || (a !== "" && COUNT_END.test(a) && /^m/.test(tagOf(a) ?? "")))) {
      return a === "一大" ? { parts: ["一大口", "水"], from: i - 1, count: 2 } : { parts: ["口", "水"], from: i, count: 1 };
    }
    if (PRONOUNS.has(first) && MODALS.has(b.charCodeAt(1)) && next !== undefined && isVerbTag(tagOf(next)) && cedictEntries(b).length === 0) {
      return { parts: [b[0], b[1]], from: i, count: 1 };
    }
    if (OTHER_PRONOUNS.has(first) && /^(?:v[a-z]*|p)$/.test(tagOf(b[1]) ?? "") && objectOrAspect(next, tagOf) && (a === "" || PAUSE.test(a) || !isVerbTag(tagOf(a)))) {
      return { parts: [b[0], b[1]], from: i, count: 1 };
    }
    if (a.length === 1 && COMPLEMENT_ENDS.has(b.charCodeAt(1)) && !segs[i - 1].name && verbFirst(a + b[0]) && cedictEntries(a + b).length === 0 && verbMayOpen(segs, i - 1, tagOf)) {
      return { parts: [a + b[0], b[1]], from: i - 1, count: 2 };
    }
    // 他说的话 "what he said": a verb of speech, 的 and 话 "words", not the conditional 的话 "if",
    // unless a word of supposing opens the clause (如果你说的话).
    if (first === DE && b === "的话" && SPEECH.has(a) && !supposed(segs, i)) return { parts: ["的", "话"], from: i, count: 1 };
    // 头发长长了 "the hair has grown long": the verb and its result, not the doubled adjective (长长的头发).
    if (first === CHANG && b === "长长" && (next === "了" || next === "啦")) return { parts: ["长", "长"], from: i, count: 1 };
    if (first === ZHONG && NUMERAL.test(b.slice(1)) && WEIGHT.has(next ?? "")) return { parts: ["重", b.slice(1)], from: i, count: 1 };
    if (first === BA && next !== undefined && (isVerbTag(tagOf(next)) || verbFirst(next)) && !MODIFIER.has(a) && !/^(?:m|q|mq)$/.test(tagOf(a) ?? "") && /^n/.test(tagOf(b[1]) ?? "")) {
      return { parts: ["把", b[1]], from: i, count: 1 };
    }
    if (b.charCodeAt(1) === DOU && next !== undefined && isVerbTag(tagOf(next)) && (a === "" || PAUSE.test(a) || POINTING.has(a)) && clauseEndsAfterVerb(segs, i + 2) && !segs[i].name && referenceOnly(b) && nounFirst(b[0])) {
      return { parts: [b[0], b[1]], from: i, count: 1 };
    }
    return null;
  }
  // 奶奶的|老家 → 奶奶|的|老家: a noun + 的 that CC-CEDICT has only as an oath ("damn it!"), before a
  // noun, is the possessive (奶奶的! alone keeps the oath).
  if (b.length >= 3 && b.charCodeAt(b.length - 1) === DE && next !== undefined && /^n[a-z]?$/.test(tagOf(next) ?? "") && onlyOath(b) && cedictEntries(b.slice(0, -1)).length > 0) {
    return { parts: [b.slice(0, -1), "的"], from: i, count: 1 };
  }
  // 双方同意 "bilateral agreement" (CC-CEDICT) heads a clause as 双方|同意 "both sides agree".
  if (b.length === 4 && PARTIES.has(b.slice(0, 2)) && verbFirst(b.slice(2))) return { parts: [b.slice(0, 2), b.slice(2)], from: i, count: 1 };
  if (first === YI && b === "一" && next === "起来") {
    const after = segs[i + 2]?.text;
    if (after === undefined || CLOSING.has(after) || /^[。！？!?]+$/u.test(after) || isVerbTag(tagOf(after))) return { parts: ["一起", "来"], from: i, count: 2 };
  }
  return null;
}

/** The segments with each such cut moved; the same array when none applies (most sentences). */
export function everydayCuts(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const found = cut(cur, i, tagOf);
    if (!found) continue;
    out ??= segs.slice();
    out.splice(found.from, found.count, ...found.parts.map(make));
  }
  return out ?? segs;
}
