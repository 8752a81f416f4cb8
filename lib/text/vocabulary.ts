import { isParticle } from "@/lib/dict/hsk";

const VOCABULARY_KINDS: ReadonlySet<string> = new Set(["word", "idiom", "phrase"]);

/**
 * Tokens a learner can know or not know: words, idioms and set phrases. Names, numbers,
 * punctuation and one-character particles (的, 了, 吗) never get a status and are never "new".
 */
export function hasWordStatus(token: { text: string; kind: string }): boolean {
  return VOCABULARY_KINDS.has(token.kind) && !isParticle(token.text);
}

export interface VocabularyItem {
  text: string;
  kind: "word" | "idiom" | "phrase";
  pinyin: string;
  gloss: string | null;
  hsk3: number | null;
  inGlossary: boolean;
  /** Occurrences in the lesson. */
  count: number;
  /** The first sentence the word appears in, for its cloze card. */
  sentenceIndex: number;
  sentenceText: string;
}

interface VocabularyToken {
  text: string;
  kind: string;
  pinyin: string | null;
  gloss: string | null;
  hsk?: number | null;
  hsk3?: number | null;
  glossaryId?: string | null;
}

/**
 * Distinct vocabulary of a lesson's sentences (in reading order) with how often each word occurs;
 * the first occurrence gives its reading, gloss and sentence.
 */
export function lessonVocabularyOf(sentences: readonly { index: number; text: string; tokens: readonly VocabularyToken[] }[]): VocabularyItem[] {
  const items = new Map<string, VocabularyItem>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!hasWordStatus(t)) continue;
      const seen = items.get(t.text);
      if (seen) {
        seen.count++;
        continue;
      }
      items.set(t.text, {
        text: t.text,
        kind: t.kind as VocabularyItem["kind"],
        pinyin: t.pinyin ?? "",
        gloss: t.gloss,
        hsk3: t.hsk3 ?? t.hsk ?? null,
        inGlossary: !!t.glossaryId,
        count: 1,
        sentenceIndex: s.index,
        sentenceText: s.text,
      });
    }
  }
  return [...items.values()];
}
