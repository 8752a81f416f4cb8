import { cedictEntries, isProperOnly, isVocabulary } from "@/lib/dict/cedict";
import { glossaryMatch } from "@/lib/dict/glossary";
import type { Segment } from "./segment";
import { memoOf } from "./word-memo";

// Cuts jieba makes by word frequency where the grammar of the words around says otherwise
// (sixth session, QA findings). Each rule moves one boundary between words CC-CEDICT knows:
//   年|报称 → 年报|称: a one-character token and a verb CC-CEDICT lacks (报称), where the character
//     and the verb's first make a noun CC-CEDICT has and the verb's second is a verb of its own;
//   活动|时说 → 活动|时|说: 时 "when" and a one-character verb, a pair CC-CEDICT lacks;
//   签字|后方|可 → 签字|后|方可: after a verb, 后方/前方 before 可 or 能 is the time word and the
//     adverb 方 "only then" (从后方可以看到 keeps the noun: no verb before it);
//   出|门前 → 出门|前: a one-character verb and a noun + 前/后/时, where the verb and the noun's
//     first make a verb CC-CEDICT has (出门, 关门);
//   锅|里加 → 锅|里|加: after a one-character noun, a transliterated name (Riga) that starts with a locative;
//   来说|说 → 来|说说: a doubled verb CC-CEDICT has, after a word;
//   在历史上 → 在|历史|上: a frame of 在, a noun and a locative CC-CEDICT lacks as one;
//   挺好|看 → 挺|好看: a degree adverb before an adjective whose first character jieba gave it;
//   20|日前 → 20日|前, 20|日至|23日 → 20日|至|23日: a number and 日前/日后/日至/日起 is a date and
//     前/后/至/起 (日至 "solstice", 日前 "the other day" only won by frequency);
//   年|会上 → 年会|上: a one-character token and a word of a character and a locative, where the
//     token and that character make a noun CC-CEDICT has;
//   看|电影吧。 → 看|电影|吧: a bar jieba knows, after a verb of doing at a clause's end, is the
//     word and the particle ba.

type TagOf = (word: string) => string | null;
type Make = (word: string) => Segment;

const HAN = /^\p{Script=Han}+$/u;
const NUMBER = /^(?:[0-9０-９]+|[〇零一二三四五六七八九十百千两]+)$/u;
const DATE_THEN = new Set(["日前", "日后", "日至", "日起"]);
const MODAL_NEXT = new Set(["可", "能"]);
const NOUN_TAG = /^n[gz]?$/;
/** Tags of a character that may open a noun with the next one (年会: jieba tags 年 m; 板房, 前院, 空集). */
const MODIFIER_TAG = /^(?:n|ng|nz|t|tg|f|s|a|ag|b|q|m)$/;

const properOnly = isProperOnly;
const common = isVocabulary;
const VERB_TAGS = new Set(["v", "vd", "vg", "vn"]);
/** Tags of single characters by code (a CJK character read as text[k] is a new string each time). */
const codeTags: (string | null | undefined)[] = new Array(65536);
function charTag(text: string, k: number, tagOf: TagOf): string | null {
  const code = text.charCodeAt(k);
  let tag = codeTags[code];
  if (tag === undefined) codeTags[code] = tag = tagOf(text[k]);
  return tag;
}
const code = (ch: string) => ch.charCodeAt(0);
const SHI = code("时");
const RI = code("日");
const TIME_AFTER_CODES = new Set([..."前后时"].map(code));
const LOCATIVE_CODES = new Set([..."里上中内下"].map(code));
const isVerb = (tag: string | null) => tag !== null && VERB_TAGS.has(tag);
/** CC-CEDICT gives the word a verb sense first ("to go out"). */
export const verbFirst = (word: string) => cedictEntries(word).some((e) => !e.capitalised && /^(?:\([^)]*\) )?to [a-z]/.test(e.definitions[0] ?? ""));

/** 多, 少 before a verb are adverbs ("more", "less": 多喝水), whatever jieba's numeral tag says. */
const ADVERB_CODES = new Set([..."多少"].map((ch) => ch.charCodeAt(0)));
const DEGREE_CODES = new Set([..."很挺太真最更好蛮"].map((ch) => ch.charCodeAt(0)));
/** 好 and 难 before a verb make adjectives "good / hard to …" (好看, 难吃). */
const EASY_HARD_CODES = new Set([..."好难"].map((ch) => ch.charCodeAt(0)));
/** Adverbs that, with the first character of a verb after them, make a noun (才干 "ability", 才分). */
const GLUED_ADVERB_CODES = new Set([..."才就都也还又再刚便"].map((ch) => ch.charCodeAt(0)));
const PARTICLE_CODES = new Set([..."了的地得啊吗呢吧呀啦"].map((ch) => ch.charCodeAt(0)));

/**
 * 多喝水 → 多|喝水, 切实做好 → 切实|做好, 然后背 → 然后|背: a token of three or four characters
 * CC-CEDICT lacks, an adverb or conjunction (jieba d, ad, a or c; 多/少) and a verb CC-CEDICT has. Its parts are what a learner looks up;
 * as one token it has no gloss. Compounds of a noun and a suffix (乡镇级, 植物种) are not this shape.
 */
function adverbAndVerb(word: string, tagOf: TagOf): string[] | null {
  const n = word.length;
  if (n < 3 || n > 4) return null;
  // Cheapest tests first (tags are cached): most long tokens start with no adverb.
  for (const k of n === 4 ? [2, 1] : [1, 2]) {
    const adverbTag = (k === 1 ? charTag(word, 0, tagOf) : tagOf(word.slice(0, 2))) ?? "";
    if (!(ADVERB_TAGS.has(adverbTag) || (k === 1 && ADVERB_CODES.has(word.charCodeAt(0))))) continue;
    // Two characters and one: an adverb or conjunction proper (然后|背, 绝不|会), not an adjective
    // (高低压, 羞耻感 are compounds).
    if (n === 3 && k === 2 && adverbTag !== "d" && adverbTag !== "c") continue;
    const adverb = word.slice(0, k);
    const verb = word.slice(k);
    if (!isVerb(tagOf(verb))) continue;
    // 依赖于, 常见于, 不利于: the first two characters are a word, and the cut is after them.
    if (k === 1 && common(word.slice(0, 2))) continue;
    if (!HAN.test(word) || cedictEntries(word).length > 0 || /^(?:i|nr.*|ns|nt|nz|m|mq)$/.test(tagOf(word) ?? "")) return null;
    // A glossary term (坚决反制, 极限施压) is a phrase of its own, whatever its shape.
    if (glossaryMatch(word)) return null;
    if (common(adverb) && (common(verb) || verb.length >= 2)) return [adverb, verb];
  }
  return null;
}
// A conjunction too (然后|背 "then + to carry": jieba's 然后背 is a frequency artifact).
const ADVERB_TAGS = new Set(["d", "ad", "a", "c"]);

/**
 * 在历史上 → 在|历史|上, 在经济上: jieba keeps some frames of 在, a noun and a locative as one phrase
 * CC-CEDICT lacks, which then has no gloss; its words each have one (上 after a noun: "on; in").
 */
function frameOfZai(word: string): string[] | null {
  if (word.length < 4 || word[0] !== "在" || !LOCATIVE_CODES.has(word.charCodeAt(word.length - 1))) return null;
  const noun = word.slice(1, -1);
  return common(noun) && cedictEntries(word).length === 0 && !glossaryMatch(word) ? [word[0], noun, word[word.length - 1]] : null;
}

const CLAUSE_END = /^[，。！？；,.!?;…]/u;
/** Verbs that go to, run or open a bar (去咖啡吧 "to go to the coffee bar"): the noun stays. */
const TO_A_BAR = new Set(["去", "来", "到", "在", "进", "回", "开", "办", "逛", "上", "经营", "走进", "来到"]);
const BA = "吧".charCodeAt(0);

/**
 * 看|电影吧。 → 看|电影|吧: jieba's dictionary has bars (电影吧, 咖啡吧) CC-CEDICT lacks; closing a
 * clause after a verb of doing, the last character is the suggestion particle ba ("let's watch a
 * film"). After a verb of going or opening (去咖啡吧) the bar stays.
 */
function particleBa(word: string, before: string, after: string | undefined, tagOf: TagOf): string[] | null {
  if (word.charCodeAt(word.length - 1) !== BA || (after !== undefined && !CLAUSE_END.test(after))) return null;
  if (!/^v/.test(tagOf(before) ?? "") || TO_A_BAR.has(before) || cedictEntries(word).length > 0) return null;
  const rest = word.slice(0, -1);
  return common(rest) ? [rest, "吧"] : null;
}

/** The segments with the boundaries above moved; the same array when none applies (most sentences). */
export function recutWords(segs: Segment[], tagOf: TagOf, make: Make): Segment[] {
  let out: Segment[] | null = null;
  // From the first token: a long one at the sentence's start (在世界上，…) may split too; the rules
  // that read the token before see "" there.
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const a = i > 0 ? cur[i - 1].text : "";
    const b = cur[i].text;
    if (b.length > 2 && !cur[i].name) {
      // (The first two read the word alone: kept on its memo.)
      const memo = memoOf(cur[i]);
      const alone = memo ? (memo.longSplit !== undefined ? memo.longSplit : (memo.longSplit = adverbAndVerb(b, tagOf) ?? frameOfZai(b))) : (adverbAndVerb(b, tagOf) ?? frameOfZai(b));
      const split = alone ?? particleBa(b, a, cur[i + 1]?.text, tagOf);
      if (split) {
        out ??= segs.slice();
        out.splice(i, 1, ...split.map(make));
      }
      continue;
    }
    // 来说|说 → 来|说说: a token CC-CEDICT lacks ending in the verb that follows it alone is that
    // verb doubled ("have a talk") after a word of its own.
    if (a.length === 2 && b.length === 1 && a.charCodeAt(1) === b.charCodeAt(0) && isVerb(tagOf(b)) && cedictEntries(a).length === 0 && common(a[0]) && common(b + b) && !cur[i - 1]?.name) {
      out ??= segs.slice();
      out.splice(i - 1, 2, make(a[0]), make(b + b));
      continue;
    }
    // 挺好|看 → 挺|好看: a degree adverb and 好 or 难, then one character, where 好X/难X is an
    // adjective CC-CEDICT has ("good / hard to …": 好看, 好吃, 难看) and jieba cut the adverb's pair
    // (挺好, 很难) by frequency. Other pairs stay (最终|于, 很多|士, 最高|位). Not before
    // a particle (太好|了 keeps 好了 apart).
    if (a.length === 2 && b.length === 1 && DEGREE_CODES.has(a.charCodeAt(0)) && !PARTICLE_CODES.has(b.charCodeAt(0)) && EASY_HARD_CODES.has(a.charCodeAt(1)) && common(a[1] + b) && !verbFirst(a[1] + b)) {
      out ??= segs.slice();
      out.splice(i - 1, 2, make(a[0]), make(a[1] + b));
      continue;
    }
    // 明天|才能|来 → 才|能: the noun 才能 "talent" jieba prefers is the adverb 才 "only then" and
    // the modal 能 before a verb (他很有才能 keeps the noun).
    if (b === "才能" && isVerb(tagOf(cur[i + 1]?.text ?? ""))) {
      out ??= segs.slice();
      out.splice(i, 1, make("才"), make("能"));
      continue;
    }
    // 锅|里加 (Riga) → 锅|里|加: after a one-character noun, a two-character place CC-CEDICT knows
    // only as a name whose first character is a locative is that locative and a word.
    if (b.length === 2 && a.length === 1 && LOCATIVE_CODES.has(b.charCodeAt(0)) && tagOf(a) === "n" && tagOf(b) === "nrt" && properOnly(b) && common(b[1])) {
      out ??= segs.slice();
      out.splice(i, 1, make(b[0]), make(b[1]));
      continue;
    }
    if (i === 0 || b.length !== 2 || cur[i].name || cur[i - 1].name) continue;
    let parts: string[] | null = null;
    let from = i;
    if (b.charCodeAt(0) === SHI && HAN.test(a) && isVerb(charTag(b, 1, tagOf)) && cedictEntries(b).length === 0) {
      parts = [b[0], b[1]];
    } else if ((b === "后方" || b === "前方") && MODAL_NEXT.has(cur[i + 1]?.text ?? "") && isVerb(tagOf(a)) && !glossaryMatch(b)) {
      parts = [b[0], b[1] + cur[i + 1].text];
      out ??= segs.slice();
      out.splice(i, 2, ...parts.map(make));
      continue;
    } else if (b.charCodeAt(0) === RI && DATE_THEN.has(b) && NUMBER.test(a)) {
      parts = [a + b[0], b[1]];
      from = i - 1;
    } else if (a.length === 1) {
      // Characters' tags first (cached by code): a punctuation mark or a non-verb ends it here.
      const head = a + b[0];
      if (TIME_AFTER_CODES.has(b.charCodeAt(1))) {
        if (isVerb(tagOf(a)) && /^(?:s|f|n)$/.test(tagOf(b) ?? "") && verbFirst(head)) parts = [head, b[1]];
      } else if (LOCATIVE_CODES.has(b.charCodeAt(1)) && NOUN_TAG.test(tagOf(head) ?? "") && common(head) && MODIFIER_TAG.test(charTag(a, 0, tagOf) ?? "")) {
        // 年|会上 → 年会|上 "at the annual meeting": a noun CC-CEDICT has and a locative (院|子里,
        // 桌|子上), not 会 "can" + 上. Only after a noun, time, place or modifier: a preposition keeps
        // its object (在|地上, 对|地下 are no 在地, 对地), and 看|书中 its verb.
        parts = [head, b[1]];
      } else if (isVerb(charTag(b, 1, tagOf)) && isVerb(tagOf(b)) && cedictEntries(b).length === 0 && /^n/.test(tagOf(head) ?? "") && common(head) && !GLUED_ADVERB_CODES.has(a.charCodeAt(0))) {
        // (Not after an adverb: 他|才|干完 "only just finished", not 才干 "ability" + 完.)
        parts = [head, b[1]];
      }
      if (parts) from = i - 1;
    }
    // A glossary term is never cut (asked last: few tokens get this far).
    if (!parts || glossaryMatch(b)) continue;
    out ??= segs.slice();
    out.splice(from, i - from + 1, ...parts.map(make));
  }
  return out ?? segs;
}
