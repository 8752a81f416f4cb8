import { cedictEntries, clauseGloss, entryForReading, isNoiseSense, shortGloss, traditionalOf } from "@/lib/dict/cedict";
import { glossaryEntryFor, glossaryMatch } from "@/lib/dict/glossary";
import { hsk2Level, hsk3Level } from "@/lib/dict/hsk";
import { composedGloss, firstSense } from "@/lib/dict/composed-gloss";
import { abbreviationGloss, namedPairPrefix } from "@/lib/dict/abbreviations";
import { figureGloss, publicFigures } from "@/lib/dict/names";
import { cleanTranscript, type DroppedLine } from "./clean-transcript";
import { detectStructure } from "./detect-structure";
import { splitSentences } from "./split-sentences";
import { prepareSegmenter, segmentSentence, segmentSentences, type Segment } from "./segment";
import { contextGloss } from "./context-gloss";
import { nounSlotGloss } from "./noun-slot-gloss";
import { detectScript, hasTraditionalHints, toSimplified, type Script } from "./script";
import { pinyinForTokens } from "./pinyin";
import { countHan } from "./pinyin-syllables";
import { measureGloss, numberGloss } from "./number-gloss";
import { quantityGloss } from "./quantity-gloss";
import { partsGloss, prepositionGloss } from "./part-gloss";
import { characterGloss, erhuaGloss } from "./char-gloss";
import { doubledGloss } from "./doubled-gloss";
import { compoundGloss } from "./compound-gloss";
import { tokenKind, type TokenKind } from "./token-kind";
import { BoundedMap } from "@/lib/text/bounded-map";
import { memoOf } from "./word-memo";
import { entriesForKind } from "./word-senses";
import { senseGloss } from "./g2p/word-senses";

export type { TokenKind };

export interface LessonToken {
  text: string;
  /** Tone-marked citation syllables, single spaces: one per Han character, er-hua joined (点儿 diǎnr), numbers read out (2024年 èr líng èr sì nián); null without Han or digits (align with lib/text/ruby-groups). */
  pinyin: string | null;
  /**
   * Glossary English, else an abbreviation compound's meaning (中俄 China–Russia), else the sense the
   * context calls for (同 "with"), else CC-CEDICT's first 1–3 senses for this reading (common ones
   * first), else for compounds CC-CEDICT lacks a literal "part + part" gloss; null when unknown.
   */
  gloss: string | null;
  kind: TokenKind;
  /** HSK 3.0 level (7 = levels 7–9). No fallback to HSK 2.0: the two scales do not line up. */
  hsk: number | null;
  hsk2: number | null;
  hsk3: number | null;
  /** The token in traditional characters (as written for traditional input); null without Han. */
  traditional: string | null;
  /** The token in simplified characters, as analysed (absent in lessons built before 2026-11-30). */
  simplified?: string | null;
  glossaryId: string | null;
}

export interface LessonSentence {
  index: number;
  paragraph: number;
  speaker: string | null;
  role: "question" | "answer" | null;
  text: string;
  tokens: LessonToken[];
}

export interface LessonDraft {
  title: string;
  /** The script of the input; traditional input is analysed through a simplified copy. */
  script: Script;
  dateline: string | null;
  sentences: LessonSentence[];
  dropped: DroppedLine[];
  stats: {
    /** Han characters in the sentences (punctuation, digits and Latin letters not counted). */
    characters: number;
    /** Tokens that are not punctuation. */
    tokens: number;
    /** Distinct vocabulary (word, idiom, phrase tokens) per HSK 3.0 level "1".."7" and "none". */
    hskProfile: Record<string, number>;
  };
}

export type BuildStage = "cleaning" | "segmenting" | "pinyin" | "glossary";

export interface BuildLessonOptions {
  title?: string;
  onProgress?: (done: number, total: number) => void;
  /** Progress per stage (done of total sentences) for the import page; called often, keep it cheap. */
  onStage?: (stage: BuildStage, done: number, total: number) => void;
}

const MAX_FALLBACK_TITLE = 30;
const VOCABULARY: ReadonlySet<TokenKind> = new Set(["word", "idiom", "phrase"]);

/**
 * A token is fully determined by its text, reading and what segmentation marked on it (jieba's tag
 * is a function of the text), so each distinct combination is looked up once per process; long
 * texts repeat most of their words. Context glosses are applied after, on the copy.
 */
const tokenCache = new BoundedMap<string, Map<string | null, LessonToken>>();
/** Kinds that fall back on a literal "part + part" gloss when no dictionary has the whole. */
const LITERAL_KINDS: ReadonlySet<TokenKind> = new Set(["word", "idiom", "phrase"]);
const HAN = /\p{Script=Han}/u;
const NOT_HAN = /[^\p{Script=Han}]/gu;

function makeToken(seg: Segment, pinyin: string | null): LessonToken {
  const { text } = seg;
  // Keyed by text, then by reading and the segmentation's marks (rare: only then a new string).
  const key = seg.name || seg.abbreviation || seg.phrase || seg.common ? `${pinyin}\u0001${seg.name ? "n" : ""}${seg.abbreviation ? "a" : ""}${seg.phrase ? "p" : ""}${seg.common ? "c" : ""}` : pinyin;
  const memo = memoOf(seg);
  // Most words have one reading: the memo keeps the last token looked up beside the Map.
  if (memo?.lastToken && memo.lastKey === key) return memo.lastToken;
  let byReading = memo?.tokens ?? tokenCache.get(text);
  if (!byReading) {
    byReading = new Map();
    tokenCache.set(text, byReading);
  }
  let token = byReading.get(key);
  if (!token) {
    // Any form the glossary lists is a phrase or idiom; only the term's own wording takes its English.
    const glossary = glossaryEntryFor(text);
    // A saying of CC-CEDICT's matched across its comma is its entry without the comma (the text
    // may hold another separator than the dictionary's).
    const lookup = seg.phrase && !glossary ? text.replace(NOT_HAN, "") : text;
    const kind = tokenKind(lookup, seg.tag, glossaryMatch(text), seg);
    if (kind === "punct") {
      token = { text, pinyin: null, gloss: null, kind, hsk: null, hsk2: null, hsk3: null, traditional: null, simplified: null, glossaryId: null };
    } else {
      // A proper noun counted as a thing (这座大桥) is glossed by its characters, not as the name.
      const entry = seg.common ? null : entryForReading(entriesForKind(cedictEntries(lookup), kind), pinyin);
      const figure = publicFigures().get(text);
      const hsk3 = hsk3Level(text);
      const hasHan = HAN.test(text);
      // A glossary phrase joined across punctuation takes the glossary's reading of its characters
      // (the term's own words only: a variant in other words has other syllables).
      const glossaryReading = glossary && text.replace(NOT_HAN, "") === glossary.term ? glossary.pinyin : null;
      token = {
        text,
        pinyin: seg.phrase && glossaryReading ? glossaryReading : pinyin,
        gloss:
          glossary?.english ??
          seg.gloss ??
          senseGloss(text, pinyin) ??
          (figure ? figureGloss(figure) : (entry ? shortGloss(entry) : null) ?? (LITERAL_KINDS.has(kind) ? clauseGloss(text) : null) ?? erhuaGloss(text, pinyin) ?? (LITERAL_KINDS.has(kind) ? (doubledGloss(text, pinyin) ?? prepositionGloss(text, pinyin) ?? composedGloss(text)) : null) ?? numberGloss(text) ?? quantityGloss(text, pinyin) ?? measureGloss(text, pinyin) ?? partsGloss(text, pinyin, seg.tag) ?? (kind === "word" ? compoundGloss(text, pinyin, seg.tag) : null) ?? (LITERAL_KINDS.has(kind) ? characterGloss(text, pinyin) : null)),
        kind,
        hsk: hsk3,
        hsk2: hsk2Level(text),
        hsk3,
        traditional: hasHan ? traditionalOf(text, entry, pinyin) : null,
        simplified: hasHan ? text : null,
        glossaryId: glossary?.id ?? null,
      };
    }
    // Shared by every occurrence of the word in every lesson: never edited, a change makes a copy.
    token = Object.freeze(token);
    byReading.set(key, token);
  }
  if (memo) {
    memo.tokens = byReading;
    memo.lastKey = key;
    memo.lastToken = token;
  }
  return token;
}

/** A copy with another gloss, written out: cheaper than a spread, same key order. */
function withGloss(t: LessonToken, gloss: string | null): LessonToken {
  return { text: t.text, pinyin: t.pinyin, gloss, kind: t.kind, hsk: t.hsk, hsk2: t.hsk2, hsk3: t.hsk3, traditional: t.traditional, simplified: t.simplified, glossaryId: t.glossaryId };
}

/**
 * Tokens of one sentence from its (simplified) analysis; traditional input keeps its characters.
 * The tokens are the frozen ones makeToken shares between occurrences (a lesson's tokens are never
 * edited in place: lesson edits go through the database); one whose gloss the context changes,
 * or whose characters are written otherwise, is a copy. A copy per token was a tenth of the
 * allocations of a long build.
 */
function finishTokens(sentence: string, script: Script, segments: Segment[], readings: (string | null)[], context: string): LessonToken[] {
  const tokens = segments.map((seg, i) => makeToken(seg, readings[i]));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let gloss = token.gloss;
    if (token.kind !== "punct" && !token.glossaryId && !segments[i].gloss) gloss = contextGloss(tokens, i) ?? nounSlotGloss(tokens, i) ?? gloss;
    // A country character several countries share is read in the light of the whole text (中巴).
    if (segments[i].abbreviation) gloss = abbreviationGloss(segments[i].text, context) ?? gloss;
    else if (token.kind === "word" && !token.glossaryId) {
      const pair = namedPairPrefix(segments[i].text, context);
      if (pair) {
        const rest = [...segments[i].text].slice(pair.length).join("");
        const restGloss = rest ? firstSense(rest) : null;
        if (!rest) gloss = pair.gloss;
        else if (restGloss) gloss = `${pair.gloss} + ${restGloss}`;
      }
    }
    // Written back before the next token: context rules read the neighbours' glosses so far.
    if (gloss !== token.gloss) tokens[i] = withGloss(token, gloss);
  }
  // Only now the characters as written: the context rules above read the neighbours' simplified text.
  if (script === "traditional") {
    let offset = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = withGloss(tokens[i], tokens[i].gloss);
      const written = sentence.slice(offset, offset + token.text.length);
      if (token.traditional !== null) {
        // Two words one simplified form (台风: 颱風 "typhoon", 臺風 "stage presence"): the characters
        // as written say which, where the entry chosen was the other's.
        if (token.traditional !== written && !token.glossaryId) {
          const writtenEntry = cedictEntries(token.text).find((e) => e.traditional === written && !e.capitalised && e.definitions.some((d) => !isNoiseSense(d)));
          if (writtenEntry) token.gloss = shortGloss(writtenEntry);
        }
        token.traditional = written;
      }
      offset += token.text.length;
      token.text = written;
      tokens[i] = token;
    }
  }
  return tokens;
}

/**
 * The tokens of one sentence as a lesson has them (segments, readings, glosses in context, names),
 * without cleaning or splitting the text: a sentence a teacher rewrites, or a learner's sentence
 * note from outside any lesson. Traditional text is analysed through its simplified copy.
 */
export function analyseSentence(text: string): LessonToken[] {
  const script: Script = detectScript(text) === "traditional" ? "traditional" : "simplified";
  const analysed = script === "traditional" ? toSimplified(text) : text;
  const segments = segmentSentence(analysed);
  const readings = pinyinForTokens(analysed, segments.map((seg) => seg.text), segments);
  return finishTokens(text, script, segments, readings, analysed);
}

export function buildLesson(text: string, opts: BuildLessonOptions = {}): LessonDraft {
  opts.onStage?.("cleaning", 0, 1);
  const cleaned = cleanTranscript(text);
  const structure = detectStructure(cleaned.paragraphs);
  const pending = structure.paragraphs.flatMap((p) =>
    splitSentences(p.text).map((s) => ({ text: s, paragraph: p.index, speaker: p.speaker, role: p.role })),
  );

  const whole = pending.map((s) => s.text).join("");
  const script = detectScript(whole);
  // Traditional input: analyse the simplified copy (same length), keep the characters as written.
  // A mixed paste goes by sentence: in a simplified lesson, a sentence written in traditional
  // characters (a quoted Taiwan report) is analysed through its simplified copy too.
  const mixed = script === "simplified" && hasTraditionalHints(whole);
  const scripts: Script[] = pending.map((s) => (script === "traditional" || (mixed && detectScript(s.text) === "traditional") ? "traditional" : "simplified"));
  const analysed = pending.map((s, i) => (scripts[i] === "traditional" ? toSimplified(s.text) : s.text));
  const context = script === "traditional" || mixed ? analysed.join("") : whole;
  // One pass per stage (rather than per sentence) so each stage can report its own progress.
  const stage = (name: BuildStage, i: number) => opts.onStage?.(name, i, pending.length);
  // A short text in a fresh process is cut with a dictionary of its own words (same cuts, no 0.25 s
  // load of the whole dictionary); see segmenter.ts.
  prepareSegmenter(analysed);
  const segments = segmentSentences(analysed, (i) => stage("segmenting", i));
  const readings = analysed.map((a, i) => (stage("pinyin", i), pinyinForTokens(a, segments[i].map((seg) => seg.text), segments[i])));
  const sentences: LessonSentence[] = pending.map((s, index) => {
    stage("glossary", index);
    const tokens = finishTokens(s.text, scripts[index], segments[index], readings[index], context);
    opts.onProgress?.(index + 1, pending.length);
    return { index, ...s, tokens };
  });

  let characters = 0;
  let tokenCount = 0;
  const levelOf = new Map<string, number | null>();
  for (const s of sentences) {
    characters += countHan(s.text);
    for (const t of s.tokens) {
      if (t.kind === "punct") continue;
      tokenCount++;
      if (VOCABULARY.has(t.kind)) levelOf.set(t.text, t.hsk3);
    }
  }
  const hskProfile: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 0, none: 0 };
  for (const level of levelOf.values()) hskProfile[level === null ? "none" : String(level)]++;

  const fallbackTitle = [...(sentences[0]?.text ?? "")].slice(0, MAX_FALLBACK_TITLE).join("");
  return {
    title: opts.title?.trim() || structure.title || fallbackTitle,
    script,
    dateline: structure.dateline,
    sentences,
    dropped: [...cleaned.dropped, ...structure.dropped],
    stats: { characters, tokens: tokenCount, hskProfile },
  };
}
