// Which words of a lesson are worth learning next, best first. Pure ranking, no I/O.
//
// 1. The lesson's idioms and set phrases the learner has not met, whatever their level: they
//    are what a diplomatic text is about and what a dictionary explains worst.
// 2. Then its new words above the learner's HSK 3.0 level (words outside HSK count as above).
// Within each group: importance in this lesson (occurrences, plus a bonus for glossary terms),
// then general frequency (more frequent first; unranked last), then first appearance.
import type { WordStatus } from "./word-status";

export interface StudyCandidate {
  text: string;
  kind: "word" | "idiom" | "phrase";
  hsk3: number | null;
  inGlossary: boolean;
  count: number;
  sentenceIndex: number;
  /** Rank in a general frequency list (1 = most frequent), null when unknown. */
  frequencyRank: number | null;
}

/** A glossary term counts as much as two more occurrences in the text. */
const GLOSSARY_WEIGHT = 2;

const importance = (c: StudyCandidate) => c.count + (c.inGlossary ? GLOSSARY_WEIGHT : 0);

export function orderStudyItems<T extends StudyCandidate>(candidates: T[], statuses: ReadonlyMap<string, WordStatus>, level: number): T[] {
  const fresh = candidates.filter((c) => (statuses.get(c.text) ?? "new") === "new");
  const set = fresh.filter((c) => c.kind !== "word");
  const above = fresh.filter((c) => c.kind === "word" && (c.hsk3 ?? Infinity) > level);
  const byImportance = (a: T, b: T) =>
    importance(b) - importance(a) ||
    (a.frequencyRank ?? Infinity) - (b.frequencyRank ?? Infinity) ||
    a.sentenceIndex - b.sentenceIndex ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return [...set.sort(byImportance), ...above.sort(byImportance)];
}
