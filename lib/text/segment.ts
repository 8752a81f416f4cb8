import { segmenterFor, tagTable } from "./segmenter";
import { cedictEntries, isVocabulary } from "@/lib/dict/cedict";
import { BODY_TRIGGERS, joinBodies } from "./body-words";
import { mergeNames } from "./merge-names";
import { matchPunctuatedPhrases } from "./match-phrases";
import { BoundedMap, onClearBoundedMaps } from "@/lib/text/bounded-map";
import { makeSegment } from "./word-memo";
import { splitAspectZhuo, ZHUO_TRIGGERS } from "./aspect-cuts";
import { mergeStormNames, STORM_TRIGGERS } from "./storm-names";
import { FEATURE_TRIGGERS, mergeFeatureNames } from "./feature-names";
import { DE_TRIGGERS, LE_TRIGGERS, splitComplementDe, splitCopiedVerb, splitVerbLe } from "./complement-cuts";
import { recutWords } from "./recut-words";
import { everydayCuts } from "./everyday-cuts";
import { cutHarvestedNames, FAMILIAR_TRIGGERS, joinFamiliarNames } from "./familiar-names";
import { COUNTED_TRIGGERS, joinNumerals, NUMBER_TRIGGERS, splitCounted } from "./number-cuts";

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
  /**
   * Set by number-cuts: a word CC-CEDICT has only as a proper noun, counted by a measure word (这座
   * 大桥 "this big bridge", not Da Qiao of the Three Kingdoms; 这场大雪, not the solar term).
   */
  common?: boolean;
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

/**
 * Words of one or two CJK characters (most of a text's tokens) by their char codes, not by string:
 * jieba's words are new strings, and a string-keyed probe hashes each and compares it with the kept
 * key in memory far from the last (a tenth of building a fresh text went to it).
 */
let oneCharWords: (Readonly<Segment> | undefined)[] = new Array(65536);
onClearBoundedMaps(() => (oneCharWords = new Array(65536)));
const twoCharWords = new BoundedMap<number, Readonly<Segment>>();
const CJK = 0x4e00;
const CJK_SPAN = 0xa000 - CJK;

/** A word of two characters of the CJK block as one small integer (< 2^30), else -1. */
function cjkPair(word: string): number {
  const a = word.charCodeAt(0) - CJK;
  const b = word.charCodeAt(1) - CJK;
  return a >= 0 && a < CJK_SPAN && b >= 0 && b < CJK_SPAN ? a * CJK_SPAN + b : -1;
}

function knownWord(word: string): Readonly<Segment> {
  if (word.length === 1) return (oneCharWords[word.charCodeAt(0)] ??= makeKnown(word));
  const pair = word.length === 2 ? cjkPair(word) : -1;
  let known = pair >= 0 ? twoCharWords.get(pair) : wordCache.get(word);
  if (known === undefined) {
    known = makeKnown(word);
    if (pair >= 0) twoCharWords.set(pair, known);
    else wordCache.set(word, known);
  }
  return known;
}

function makeKnown(word: string): Readonly<Segment> {
  const tag = dictTag(word);
  return makeSegment(word, tag && KEPT_TAGS.has(tag) ? tag : "", undefined, true);
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
  // Two CJK characters by their codes (see knownWord), other words by string.
  const pair = word.length === 2 ? cjkPair(word) : -1;
  let tag = pair >= 0 ? pairTags.get(pair) : tagCache.get(word);
  if (tag === undefined) {
    const line = tagTable().find(word)[0];
    tag = line === undefined ? null : line.slice(0, line.indexOf("\t"));
    if (pair >= 0) pairTags.set(pair, tag);
    else tagCache.set(word, tag);
  }
  if (code >= 0) charTags[code] = tag;
  return tag;
}
const pairTags = new BoundedMap<number, string | null>();

// HMM off: with CC-CEDICT in the dictionary, unknown-word guessing mostly glued particles to names
// (和普京) or invented words without readings or glosses; unknown names fall back to characters.
const USE_HMM = false;
// jieba cuts 5.4% into 5 / . / 4 / %; a number is one token, with its date unit (2025年, 3月, 7日),
// and so is a year in Chinese digits (二〇二五年, which jieba cuts into 二/〇/二/五年).
const NUMBER_SPAN = /[0-9]+(?:[.,][0-9]+)*(?:%|[年月日号时点])?|[〇零一二三四五六七八九]{4}年/g;
const HAN_NUMERALS = /^[〇零一二三四五六七八九十百千万两]+$/u;
const STARTS_WITH_NUMERAL = /^[〇零一二三四五六七八九十百千万两]/u;

// Chinese digits too: a year written in them (一三六八年) is a span of its own.
const HAS_NUMBER = /[0-9〇零]|[一二三四五六七八九]{4}年/;
const NO_SPANS = new Map<number, number>();

function numberSpans(sentence: string, rules: number): Map<number, number> {
  if (!(rules & RULE.spans) || !HAS_NUMBER.test(sentence)) return NO_SPANS;
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
  if (rest.length < 2 || !isVocabulary(head)) return null;
  return dictTag(rest) !== null ? [head, rest] : null;
}

/** Words after which a verb comes: 一边…一边, 正在 (the progressive). */
const BEFORE_VERB = new Set(["一边", "一面", "边", "正在", "正", "在"]);
/** Characters one of which a sentence needs for joinVerbAfter to change it (each BEFORE_VERB word has one). */
const VERB_AFTER_TRIGGERS = ["边", "面", "正", "在"];
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

/**
 * Rules after the cut that only ever change a sentence holding one of a few characters (得, 着, 了,
 * a determiner, a quote mark…): a bit each, set per char code on those characters. One scan of the
 * sentence says which of them may apply; the others are not run over its tokens (most sentences
 * need few: a pass over every token, even one that changes nothing, was 2-4 ms per 200,000
 * characters each). Splits and joins never add a character, so the sentence's characters are every
 * token's. The triggers live beside each rule (tests/unit/text/rule-triggers.test.ts checks that
 * a sentence without them comes out of the rule unchanged).
 */
const RULE = { di: 1, zhuo: 2, de: 4, le: 8, verbAfter: 16, bodies: 32, features: 64, storms: 128, numbers: 256, counted: 512, familiar: 1024, spans: 2048 } as const;
const RULE_CHARS = new Uint16Array(65536);
for (const [bit, chars] of [
  [RULE.di, ["地"]],
  [RULE.zhuo, ZHUO_TRIGGERS],
  [RULE.de, DE_TRIGGERS],
  [RULE.le, LE_TRIGGERS],
  [RULE.verbAfter, VERB_AFTER_TRIGGERS],
  [RULE.bodies, BODY_TRIGGERS],
  [RULE.features, FEATURE_TRIGGERS],
  [RULE.storms, STORM_TRIGGERS],
  [RULE.numbers, NUMBER_TRIGGERS],
  [RULE.counted, COUNTED_TRIGGERS],
  [RULE.familiar, FAMILIAR_TRIGGERS],
  // numberSpans: a digit, 〇 or 零, or a year in Chinese numerals (HAS_NUMBER).
  [RULE.spans, [..."0123456789〇零年"]],
] as const) {
  for (const ch of chars) RULE_CHARS[ch.charCodeAt(0)] |= bit;
}

/** The RULE bits of the rules a sentence's characters may call for. */
function rulesFor(sentence: string): number {
  let bits = 0;
  for (let i = 0; i < sentence.length; i++) bits |= RULE_CHARS[sentence.charCodeAt(i)];
  return bits;
}

const cutAlone = (text: string) => segmentWords(text);

/** Words of one sentence; their texts concatenate to the sentence exactly. */
export function segmentSentence(sentence: string): Segment[] {
  return matchPunctuatedPhrases(sentence, segmentWords(sentence), cutAlone);
}

/**
 * segmentSentence for each of a text's sentences, with one cut of the whole text by the segmenter
 * rather than one per sentence: the same words (a line break is a block boundary for jieba, as a
 * sentence's ends are), for about half the segmenter's time on a long text, whose dictionary stays
 * in the processor's caches through one long call rather than being evicted by the rules between
 * thousands of short ones. `onSentence` reports progress.
 */
export function segmentSentences(sentences: string[], onSentence?: (i: number) => void): Segment[][] {
  const cuts = sentences.length > 1 && !sentences.some((s) => s.includes("\n")) ? cutTogether(sentences) : null;
  return sentences.map((sentence, i) => {
    onSentence?.(i);
    return matchPunctuatedPhrases(sentence, segmentWords(sentence, cuts?.[i]), cutAlone);
  });
}

/** The segmenter's words of each sentence from one cut of them joined by line breaks; null if they do not line up. */
function cutTogether(sentences: string[]): string[][] | null {
  const joined = sentences.join("\n");
  const words = segmenterFor(joined).cut(joined, USE_HMM);
  const cuts: string[][] = [];
  let current: string[] = [];
  for (const word of words) {
    if (word === "\n") {
      cuts.push(current);
      current = [];
    } else current.push(word);
  }
  cuts.push(current);
  return cuts.length === sentences.length ? cuts : null;
}

function segmentWords(sentence: string, cut?: string[]): Segment[] {
  const words = cut ?? segmenterFor(sentence).cut(sentence, USE_HMM);
  const rules = rulesFor(sentence);
  const spans = numberSpans(sentence, rules);
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
      out[out.length - 1] = makeSegment(prev.text + word, "m");
      continue;
    }
    spanEnd = spans === NO_SPANS ? -1 : (spans.get(start) ?? -1);
    const known = knownWord(word);
    const tag = known.tag;
    if (prev && (tag === "nt" || tag === "nz") && [...word].length >= 3) {
      // 二|十国集团 "two + G10": a numeral before a name that starts with one is part of it (G20).
      if (HAN_NUMERALS.test(prev.text) && STARTS_WITH_NUMERAL.test(word)) {
        out[out.length - 1] = makeSegment(prev.text + word, tag);
        continue;
      }
      // 大|国大党 "Indian Congress party": a rare name that swallowed the end of a common word.
      const recut = recutAfter(prev.text, word);
      if (recut) {
        out[out.length - 1] = makeSegment(recut[0], jiebaTag(recut[0]));
        out.push(makeSegment(recut[1], jiebaTag(recut[1])));
        continue;
      }
    }
    out.push(known);
  }
  if (!intact || offset !== sentence.length) {
    // jieba never changes the text; if it ever does, fall back to one token per character.
    return [...sentence].map((ch) => makeSegment(ch, "x"));
  }
  // The rules after the cut, in order: numbers, then boundaries between words, then names.
  let segs = rules & RULE.numbers ? joinNumerals(out, dictTag, knownWord) : out;
  if (rules & RULE.counted) segs = splitCounted(segs, dictTag, knownWord);
  if (rules & RULE.di) segs = splitParticleDi(segs);
  segs = recutWords(segs, dictTag, knownWord);
  if (rules & RULE.zhuo) segs = splitAspectZhuo(segs, dictTag, knownWord);
  if (rules & RULE.de) segs = splitComplementDe(splitCopiedVerb(segs, dictTag, knownWord), dictTag, knownWord);
  if (rules & RULE.le) segs = splitVerbLe(segs, dictTag, knownWord);
  segs = everydayCuts(segs, dictTag, knownWord);
  if (rules & RULE.bodies) segs = joinBodies(segs, dictTag, knownWord);
  if (rules & RULE.verbAfter) segs = joinVerbAfter(segs);
  segs = cutHarvestedNames(segs, dictTag, cutAgain);
  segs = mergeNames(segs);
  if (rules & RULE.familiar) segs = joinFamiliarNames(segs, dictTag);
  if (rules & RULE.features) segs = mergeFeatureNames(segs, dictTag);
  return rules & RULE.storms ? mergeStormNames(segs) : segs;
}

/** A piece of a token cut apart again (cutHarvestedNames), by the segmenter alone. */
const cutAgain = (text: string): Segment[] => segmenterFor(text).cut(text, USE_HMM).map(knownWord);


/** Tags of words a noun 地 follows (这块地, 在地上): pronouns, numerals, measure words, prepositions, locatives. */
const NOUN_DI_CONTEXT = new Set(["r", "m", "q", "mq", "p", "f", "s"]);
const ASPECT_END = /[了着过]$/u;
const DI = "地".charCodeAt(0);

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
    if (word.length < 2 || word.charCodeAt(0) !== DI || cedictEntries(word).length > 0) continue;
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
