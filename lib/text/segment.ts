import { segmenterFor, tagTable } from "./segmenter";
import { cedictEntries } from "@/lib/dict/cedict";
import { mergeNames } from "./merge-names";
import { matchPunctuatedPhrases } from "./match-phrases";
import { BoundedMap } from "@/lib/text/bounded-map";
import { withMemo } from "./word-memo";
import { hanNumberValue, measureGloss, numberGloss } from "./number-gloss";
import { recutWords } from "./recut-words";

export { getSegmenter, prepareSegmenter } from "./segmenter";

export interface Segment {
  text: string;
  /**
   * jieba dictionary tag when it matters for the token's kind (nr person, ns place, nt organisation,
   * nz other proper noun, m numeral), else "".
   */
  tag: string;
  /** Set by merge-names: a person's name joined from pieces. */
  name?: boolean;
  /** Set by merge-names: an abbreviation compound (中俄, 美方) and its English by meaning. */
  abbreviation?: boolean;
  gloss?: string;
  /** Set by match-phrases: a punctuated glossary phrase joined across tokens. */
  phrase?: boolean;
}

const tagCache = new BoundedMap<string, string | null>();
/**
 * Per word jieba returns, its segment: the word and its kept tag. Every occurrence of the word
 * shares this one frozen object (a long text repeats its words; fewer objects to allocate and
 * keep); a segment that changes is replaced by a new object, never edited.
 */
const wordCache = new BoundedMap<string, Readonly<Segment>>();
// Tags token-kind needs (numeral, proper names; idioms come from lexicons, not tags).
const KEPT_TAGS = new Set(["m", "nr", "nrt", "nrfg", "ns", "nt", "nz"]);

/** jieba's tag for a word of its default dictionary, when token-kind needs it. */
export function jiebaTag(word: string): string {
  return knownWord(word).tag;
}

function knownWord(word: string): Readonly<Segment> {
  let known = wordCache.get(word);
  if (known === undefined) {
    const tag = dictTag(word);
    known = Object.freeze(withMemo({ text: word, tag: tag && KEPT_TAGS.has(tag) ? tag : "" }));
    wordCache.set(word, known);
  }
  return known;
}

/** dictTag of one-code-unit words by char code (undefined: not looked up yet): the rules ask for characters' tags often. */
const charTags: (string | null | undefined)[] = new Array(65536);

/** The word's tag in the segmenter's dictionary ("" for a word without one), null when unknown. */
export function dictTag(word: string): string | null {
  const code = word.length === 1 ? word.charCodeAt(0) : -1;
  if (code >= 0) {
    const known = charTags[code];
    if (known !== undefined) return known;
  }
  let tag = tagCache.get(word);
  if (tag === undefined) {
    const line = tagTable().find(word)[0];
    tag = line === undefined ? null : line.slice(0, line.indexOf("\t"));
    tagCache.set(word, tag);
  }
  if (code >= 0) charTags[code] = tag;
  return tag;
}

// HMM off: with CC-CEDICT in the dictionary, unknown-word guessing mostly glued particles to names
// (和普京) or invented words without readings or glosses; unknown names fall back to characters.
const USE_HMM = false;
// jieba cuts 5.4% into 5 / . / 4 / %; a number is one token, with its date unit (2025年, 3月, 7日),
// and so is a year in Chinese digits (二〇二五年, which jieba cuts into 二/〇/二/五年).
const NUMBER_SPAN = /[0-9]+(?:[.,][0-9]+)*(?:%|[年月日号时点])?|[〇零一二三四五六七八九]{4}年/g;
const HAN_NUMERALS = /^[〇零一二三四五六七八九十百千万两]+$/u;
const STARTS_WITH_NUMERAL = /^[〇零一二三四五六七八九十百千万两]/u;
const ORGANISATION_TAGS = new Set(["nt", "nz"]);

// Chinese digits too: a year written in them (一三六八年) is a span of its own.
const HAS_NUMBER = /[0-9〇零]|[一二三四五六七八九]{4}年/;
const NO_SPANS = new Map<number, number>();

function numberSpans(sentence: string): Map<number, number> {
  if (!HAS_NUMBER.test(sentence)) return NO_SPANS;
  const spans = new Map<number, number>(); // start → end
  for (const m of sentence.matchAll(NUMBER_SPAN)) spans.set(m.index, m.index + m[0].length);
  return spans;
}

/**
 * [A][BCD] → [AB][CD] when the one-character token A and B form a dictionary word (大国) and the
 * rest is a word of its own (大党): the organisation name BCD then only won on its frequency.
 */
function recutAfter(single: string, name: string): [string, string] | null {
  if ([...single].length !== 1 || !/\p{Script=Han}/u.test(single)) return null;
  const head = single + name[0];
  const rest = name.slice(1);
  if (rest.length < 2 || !cedictEntries(head).some((e) => !e.capitalised)) return null;
  return dictTag(rest) !== null ? [head, rest] : null;
}

/** Words after which a verb comes: 一边…一边, 正在 (the progressive). */
const BEFORE_VERB = new Set(["一边", "一面", "边", "正在", "正", "在"]);
const FUNCTION_TAGS = new Set(["c", "p"]);

/**
 * 一边|和|面 → 一边|和面 "to knead dough": where a verb must come, a one-character conjunction or
 * preposition and the one-character token after it are one word when CC-CEDICT knows them as a
 * verb (each of its entries first of all "to …"). The function word's own reading (和 hé) was only
 * jieba's guess by frequency; a preposition before a noun (一边和他聊, 一边和面包师聊) stays, since
 * 和他 is no word and 面包 is cut whole.
 */
function joinVerbAfter(segs: Segment[]): Segment[] {
  let out: Segment[] | null = null; // copied on the first join
  for (let i = 1; i + 1 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const a = cur[i];
    const b = cur[i + 1];
    if (a.text.length !== 1 || b.text.length !== 1 || !BEFORE_VERB.has(cur[i - 1].text) || !FUNCTION_TAGS.has(dictTag(a.text) ?? "")) continue;
    const word = a.text + b.text;
    const entries = cedictEntries(word).filter((e) => !e.capitalised);
    if (entries.length === 0 || !entries.every((e) => /^to [a-z]/.test(e.definitions[0] ?? ""))) continue;
    out ??= segs.slice();
    out.splice(i, 2, knownWord(word));
  }
  return out ?? segs;
}

/** Words of one sentence; their texts concatenate to the sentence exactly. */
export function segmentSentence(sentence: string): Segment[] {
  return matchPunctuatedPhrases(sentence, segmentWords(sentence), segmentWords);
}

function segmentWords(sentence: string): Segment[] {
  const words = segmenterFor(sentence).cut(sentence, USE_HMM);
  const spans = numberSpans(sentence);
  const out: Segment[] = [];
  let offset = 0;
  let spanEnd = -1;
  let intact = true; // the words concatenate to the sentence
  for (const word of words) {
    const start = offset;
    offset += word.length;
    if (intact && !sentence.startsWith(word, start)) intact = false;
    const prev = out[out.length - 1];
    if (prev && start < spanEnd && offset <= spanEnd) {
      out[out.length - 1] = { text: prev.text + word, tag: "m" };
      continue;
    }
    spanEnd = spans.get(start) ?? -1;
    const known = knownWord(word);
    const tag = known.tag;
    if (prev && ORGANISATION_TAGS.has(tag) && [...word].length >= 3) {
      // 二|十国集团 "two + G10": a numeral before a name that starts with one is part of it (G20).
      if (HAN_NUMERALS.test(prev.text) && STARTS_WITH_NUMERAL.test(word)) {
        out[out.length - 1] = { text: prev.text + word, tag };
        continue;
      }
      // 大|国大党 "Indian Congress party": a rare name that swallowed the end of a common word.
      const recut = recutAfter(prev.text, word);
      if (recut) {
        out[out.length - 1] = { text: recut[0], tag: jiebaTag(recut[0]) };
        out.push({ text: recut[1], tag: jiebaTag(recut[1]) });
        continue;
      }
    }
    out.push(known);
  }
  if (!intact || offset !== sentence.length) {
    // jieba never changes the text; if it ever does, fall back to one token per character.
    return [...sentence].map((ch) => ({ text: ch, tag: "x" }));
  }
  return mergeNames(joinVerbAfter(recutWords(splitParticleDi(splitCounted(joinNumerals(out))), dictTag, knownWord)));
}

const NUMERALS = /^[〇零一二三四五六七八九两十百千万亿]+$/u;
/** Per char code: a numeral, a digit or 第, the characters a count or number token starts with (most tokens start with none). */
const NUMBER_START = new Uint8Array(65536);
for (const ch of "〇零一二三四五六七八九两十百千万亿第几0123456789") NUMBER_START[ch.charCodeAt(0)] = 1;
/** A count: numerals or digits, perhaps "more than" or "some" after them (三十多, 几). */
const COUNT = /^(?:[〇零一二三四五六七八九两十百千万亿]+|[0-9]+)[多余几]?$|^几$/u;
const COUNT_HEAD = /^(?:[〇零一二三四五六七八九两十百千万亿]+|[0-9]+)/u;

const classifierChars = new BoundedMap<string, boolean>();
/** CC-CEDICT gives the character a "classifier for …" sense. */
function isClassifier(ch: string): boolean {
  let yes = classifierChars.get(ch);
  if (yes === undefined) {
    yes = cedictEntries(ch).some((e) => !e.capitalised && e.definitions.some((d) => d.startsWith("classifier for")));
    classifierChars.set(ch, yes);
  }
  return yes;
}

/**
 * A measure word and a noun that no dictionary has as one noun (本书 is jieba's pronoun phrase "this
 * book", 封信 and 条路 none of its words; not 年级, 次方 in CC-CEDICT, nor 位数 "digit", a noun in jieba's).
 */
function measureAndNoun(pair: string): boolean {
  return pair.length === 2 && cedictEntries(pair).length === 0 && isClassifier(pair[0]) && /^n[a-z]?$/.test(dictTag(pair[1]) ?? "") && dictTag(pair) !== "n";
}

/**
 * 三十多|本书 → 三十多|本|书, 一封信 → 一封|信: after a count comes a measure word, so a token that
 * jieba made of a measure word and a noun (本书 "this book" in 本书共分三章) is the two of them
 * there, and a count, measure word and noun in one token no dictionary has is the counted measure
 * and the noun. Words the dictionaries have stay (三|年级, 三次方, 两位数).
 */
function splitCounted(segs: Segment[]): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const s = cur[i];
    if (s.gloss || s.name || s.text.length < 2) continue;
    if (i > 0 && s.text.length === 2 && NUMBER_START[cur[i - 1].text.charCodeAt(0)] && COUNT.test(cur[i - 1].text) && measureAndNoun(s.text)) {
      out ??= segs.slice();
      out.splice(i, 1, knownWord(s.text[0]), knownWord(s.text[1]));
      continue;
    }
    if (!NUMBER_START[s.text.charCodeAt(0)]) continue;
    const count = COUNT_HEAD.exec(s.text)?.[0];
    if (count && s.text.length === count.length + 2 && cedictEntries(s.text).length === 0 && measureAndNoun(s.text.slice(count.length))) {
      out ??= segs.slice();
      out.splice(i, 1, { text: s.text.slice(0, -1), tag: "m" }, knownWord(s.text.slice(-1)));
    }
  }
  return out ?? segs;
}
const NUMERAL_HEAD = /^[〇零一二三四五六七八九两十百千万亿]+/u;
const MAY_HOLD_NUMERAL = /[〇零一二三四五六七八九两十百千万亿]/u;
const FRACTION_DIGITS = /^[〇零一二三四五六七八九]+$/u;
const PERCENT = "百分之";
const APPROX_BEFORE_UNIT = /^[一二三四五六七八九两十百千]+[多余]$/u;

/**
 * A number written in Chinese numerals as one value (六百三十万 6,300,000), else null: a
 * percentage too (百分之五点三), but never a range or a pair (七八, 三五, 五一) or a word of numerals
 * that is no number (万一, 一一: hanNumberValue refuses them).
 */
function numeralValue(text: string): number | null {
  if (text.startsWith("第")) text = text.slice(1); // an ordinal: 第一百零四
  const percent = text.startsWith(PERCENT);
  const [whole, fraction, extra] = (percent ? text.slice(PERCENT.length) : text).split("点");
  if (extra !== undefined || (fraction !== undefined && (!percent || !FRACTION_DIGITS.test(fraction)))) return null;
  return NUMERALS.test(whole) ? hanNumberValue(whole) : null;
}

/**
 * 六百|三十万 → 六百三十万, 三十二|万 → 三十二万, 三|百亿元 → 三百亿|元, 百分之五点|三 → 百分之五点三,
 * 第一百|零|四条 → 第一百零四条:
 * jieba cuts long numbers in Chinese numerals into pieces, each then glossed as a number of its
 * own (600 + 300,000). Adjacent tokens of numerals are one number where together they read as one
 * value; a token that starts with numerals and goes on with a word (百亿元, 万人) gives its
 * numerals to the number and keeps the rest as its own word. A lone numeral word (千万 "be sure
 * to", 一一 "one by one") and ranges (七八个, 三五天) are left alone.
 */
function joinNumerals(segs: Segment[]): Segment[] {
  let out: Segment[] | null = null; // copied on the first join
  for (let i = 0; i + 1 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const first = cur[i].text;
    if (!NUMBER_START[first.charCodeAt(0)]) continue;
    // 一千二百多|亿元 → 一千二百多亿|元, 五十多|亿 → 五十多亿: "more than" before a unit of ten thousands.
    if (APPROX_BEFORE_UNIT.test(first) && !cur[i].gloss) {
      const next = cur[i + 1];
      const unit = /^[万亿]+/u.exec(next.text)?.[0];
      if (unit && !next.gloss && (unit.length === next.text.length || dictTag(next.text.slice(unit.length)) !== null)) {
        const tail = next.text.slice(unit.length);
        out ??= segs.slice();
        out.splice(i, 2, { text: first + unit, tag: "m" }, ...(tail ? [knownWord(tail)] : []));
      }
      continue;
    }
    const ordinal = first[0] === "第" && NUMERALS.test(first.slice(1));
    if (!MAY_HOLD_NUMERAL.test(first) || (!NUMERALS.test(first) && !ordinal && !(first.startsWith(PERCENT) && first.endsWith("点"))) || cur[i].gloss) continue;
    if (first[0] === "零" || first[0] === "〇") continue; // no number starts with zero (第一百|零|四条 joins from 第一百)
    let text = first;
    let j = i + 1;
    while (j < cur.length && NUMERALS.test(cur[j].text) && !cur[j].gloss && numeralValue(text + cur[j].text) !== null) text += cur[j++].text;
    let rest: string | null = null;
    if (j < cur.length && !cur[j].gloss) {
      const head = NUMERAL_HEAD.exec(cur[j].text)?.[0];
      if (head && head.length < cur[j].text.length && numeralValue(text + head) !== null) {
        const tail = cur[j].text.slice(head.length);
        // One measure word stays with its number where the two read as a whole, as jieba gives
        // them (三十七万九千年 "379,000 years", 四百八十七名 "487 + (classifier for people)");
        // a longer word or one that would be left without a gloss goes on its own (三百亿|元).
        if (tail.length === 1 && (numberGloss(text + cur[j].text) ?? measureGloss(text + cur[j].text, null)) !== null) {
          text += cur[j].text;
          j++;
        } else if (dictTag(tail) !== null) {
          text += head;
          rest = tail;
          j++;
        }
      }
    }
    if (j === i + 1 || (rest === null && numeralValue(text) === null && numeralValue(text.slice(0, -1)) === null)) continue;
    out ??= segs.slice();
    out.splice(i, j - i, { text, tag: "m" }, ...(rest ? [knownWord(rest)] : []));
  }
  return out ?? segs;
}

/** Tags of words a noun 地 follows (这块地, 在地上): pronouns, numerals, measure words, prepositions, locatives. */
const NOUN_DI_CONTEXT = new Set(["r", "m", "q", "mq", "p", "f", "s"]);
const ASPECT_END = /[了着过]$/u;

/**
 * 慢慢|地走了 → 慢慢|地|走|了: jieba's dictionary has phrases of the particle 地 and a verb (地走了,
 * tagged l) that CC-CEDICT does not; after an adverbial they hide the particle and its verb. Split
 * where the rest, past an aspect particle, is a verb jieba knows, unless what comes before is a
 * pronoun, numeral, measure word, preposition or locative (这块地走不了 keeps the noun's place).
 */
function splitParticleDi(segs: Segment[]): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 1; i < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    const word = cur[i].text;
    if (word.length < 2 || word[0] !== "地" || cedictEntries(word).length > 0) continue;
    const prev = cur[i - 1].text;
    if (!/^\p{Script=Han}+$/u.test(prev) || NOUN_DI_CONTEXT.has(dictTag(prev) ?? "")) continue;
    const rest = word.slice(1);
    const aspect = rest.length > 1 && ASPECT_END.test(rest) ? rest.slice(-1) : "";
    const core = aspect ? rest.slice(0, -1) : rest;
    const parts = /^v[dgn]?$/.test(dictTag(rest) ?? "") && !aspect ? [rest] : /^v[dgn]?$/.test(dictTag(core) ?? "") ? [core, aspect].filter(Boolean) : null;
    if (!parts) continue;
    out ??= segs.slice();
    out.splice(i, 1, knownWord("地"), ...parts.map(knownWord));
  }
  return out ?? segs;
}
