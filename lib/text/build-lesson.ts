import { cedictEntries, entryForReading, shortGloss } from "@/lib/dict/cedict";
import { glossaryEntry } from "@/lib/dict/glossary";
import { hsk2Level, hsk3Level } from "@/lib/dict/hsk";
import { composedGloss } from "@/lib/dict/composed-gloss";
import { cleanTranscript, type DroppedLine } from "./clean-transcript";
import { detectStructure } from "./detect-structure";
import { splitSentences } from "./split-sentences";
import { segmentSentence } from "./segment";
import { pinyinForTokens } from "./pinyin";
import { countHan } from "./pinyin-syllables";
import { tokenKind, type TokenKind } from "./token-kind";

export type { TokenKind };

export interface LessonToken {
  text: string;
  /** Tone-marked citation syllables, single spaces: one per Han character, er-hua joined (点儿 diǎnr), numbers read out (2024年 èr líng èr sì nián); null without Han or digits (align with lib/text/ruby-groups). */
  pinyin: string | null;
  /**
   * Glossary English, else CC-CEDICT's first 1–3 senses for this reading, else for compounds
   * CC-CEDICT lacks a literal "part + part" gloss of their dictionary words; null when unknown.
   */
  gloss: string | null;
  kind: TokenKind;
  /** HSK 3.0 level (7 = levels 7–9). No fallback to HSK 2.0: the two scales do not line up. */
  hsk: number | null;
  hsk2: number | null;
  hsk3: number | null;
  traditional: string | null;
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
 * A token is fully determined by its text and reading (jieba's tag is a function of the text), so
 * each distinct pair is looked up once per process; long texts repeat most of their words.
 */
const tokenCache = new Map<string, LessonToken>();

function makeToken(text: string, tag: string, pinyin: string | null): LessonToken {
  const key = pinyin === null ? text : `${text}\u0000${pinyin}`;
  let token = tokenCache.get(key);
  if (!token) {
    const glossary = glossaryEntry(text);
    const kind = tokenKind(text, tag, glossary);
    if (kind === "punct") {
      token = { text, pinyin: null, gloss: null, kind, hsk: null, hsk2: null, hsk3: null, traditional: null, glossaryId: null };
    } else {
      const entry = entryForReading(cedictEntries(text), pinyin);
      const hsk3 = hsk3Level(text);
      token = {
        text,
        pinyin,
        gloss: glossary?.english ?? (entry ? shortGloss(entry) : kind === "word" ? composedGloss(text) : null),
        kind,
        hsk: hsk3,
        hsk2: hsk2Level(text),
        hsk3,
        traditional: entry?.traditional ?? null,
        glossaryId: glossary?.id ?? null,
      };
    }
    tokenCache.set(key, token);
  }
  return { ...token }; // a copy: callers may edit their lesson's tokens
}

export function buildLesson(text: string, opts: BuildLessonOptions = {}): LessonDraft {
  opts.onStage?.("cleaning", 0, 1);
  const cleaned = cleanTranscript(text);
  const structure = detectStructure(cleaned.paragraphs);
  const pending = structure.paragraphs.flatMap((p) =>
    splitSentences(p.text).map((s) => ({ text: s, paragraph: p.index, speaker: p.speaker, role: p.role })),
  );

  // One pass per stage (rather than per sentence) so each stage can report its own progress.
  const stage = (name: BuildStage, i: number) => opts.onStage?.(name, i, pending.length);
  const segments = pending.map((s, i) => (stage("segmenting", i), segmentSentence(s.text)));
  const readings = pending.map((s, i) => (stage("pinyin", i), pinyinForTokens(s.text, segments[i].map((seg) => seg.text))));
  const sentences: LessonSentence[] = pending.map((s, index) => {
    stage("glossary", index);
    const tokens = segments[index].map((seg, j) => makeToken(seg.text, seg.tag, readings[index][j]));
    opts.onProgress?.(index + 1, pending.length);
    return { index, ...s, tokens };
  });

  let characters = 0;
  let tokenCount = 0;
  const levelOf = new Map<string, number | null>();
  for (const s of sentences) {
    characters += countHan(s.text);
    for (const t of s.tokens) {
      if (t.kind !== "punct") tokenCount++;
      if (VOCABULARY.has(t.kind)) levelOf.set(t.text, t.hsk3);
    }
  }
  const hskProfile: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 0, none: 0 };
  for (const level of levelOf.values()) hskProfile[level === null ? "none" : String(level)]++;

  const fallbackTitle = [...(sentences[0]?.text ?? "")].slice(0, MAX_FALLBACK_TITLE).join("");
  return {
    title: opts.title?.trim() || structure.title || fallbackTitle,
    dateline: structure.dateline,
    sentences,
    dropped: [...cleaned.dropped, ...structure.dropped],
    stats: { characters, tokens: tokenCount, hskProfile },
  };
}
