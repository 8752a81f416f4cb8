// What a lesson offers to learn, for an assignment's item list: its idioms, set phrases and words,
// each once (first occurrence), with the reading and gloss the lesson gives it. Pre-selected: every
// idiom and set phrase, and the words at or above the chosen HSK 3.0 level (level 7 = 7–9).
import type { LessonToken } from "./build-lesson";

export type ItemKind = "word" | "idiom" | "phrase";

export interface ItemCandidate {
  kind: ItemKind;
  text: string;
  pinyin: string;
  meaning: string;
  hsk: number | null;
  sentenceIndex: number;
  /** How often the lesson uses it. */
  count: number;
}

const KINDS = new Set<string>(["word", "idiom", "phrase"]);
/** An assignment is a list a class works through in a week or two, not the whole dictionary. */
export const MAX_ASSIGNMENT_ITEMS = 300;

export function lessonCandidates(sentences: { index: number; tokens: LessonToken[] }[]): ItemCandidate[] {
  const byKey = new Map<string, ItemCandidate>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!KINDS.has(t.kind) || !t.pinyin || !t.gloss) continue;
      const key = `${t.kind}:${t.text}`;
      const seen = byKey.get(key);
      if (seen) seen.count++;
      else byKey.set(key, { kind: t.kind as ItemKind, text: t.text, pinyin: t.pinyin, meaning: t.gloss, hsk: t.hsk3 ?? t.hsk, sentenceIndex: s.index, count: 1 });
    }
  }
  return [...byKey.values()];
}

export function preselectItems(candidates: ItemCandidate[], minHsk: number): ItemCandidate[] {
  return candidates
    .filter((c) => c.kind !== "word" || (c.hsk !== null && c.hsk >= minHsk))
    .slice(0, MAX_ASSIGNMENT_ITEMS);
}
