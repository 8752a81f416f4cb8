import type { LessonDraft } from "./build-lesson";
import { alignTranslation, type Span } from "./align-translation";

export interface SentenceTranslation {
  translation: string | null;
  enStart: number | null;
  enEnd: number | null;
}

/** The lesson's English version aligned to its sentences; no English → every sentence null. */
export function translateDraft(draft: LessonDraft, english: string | null): { englishSentences: string[]; sentences: SentenceTranslation[] } {
  if (!english) return { englishSentences: [], sentences: draft.sentences.map(() => ({ translation: null, enStart: null, enEnd: null })) };
  const a = alignTranslation(draft.sentences, english);
  return {
    englishSentences: a.english,
    sentences: a.spans.map((span: Span | null, i) => ({ translation: a.translations[i], enStart: span?.[0] ?? null, enEnd: span?.[1] ?? null })),
  };
}
