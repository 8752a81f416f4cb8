// What a learner knows of a word, from their notes and cards. Pure: the clock and the study-day
// start come in as arguments.
//
// - ignored:  the learner marked the word "I know this" or "skip" (wins over everything else);
// - new:      no word, idiom or phrase note with this text;
// - known:    every reviewed, unsuspended card of every note with this text has retrievability
//             ≥ 0.9 now, at least one card has been reviewed, and the first review happened
//             before today's study day began (a word met this morning is not "known" yet);
// - learning: any other saved word (never reviewed, weak, first seen today, or all cards suspended).
// Two notes for one text with different readings (行 háng in 银行, 行 xíng in 不行) are each judged on
// their own where the text is read (statusKey below); a reading the learner has no note for is new
// there. Where only the text is known (the lessons list's counts, a token without pinyin), the
// notes are judged together: "known" must then hold for every reading.
import { KNOWN_RETRIEVABILITY, retrievability } from "./retrievability";

export type WordStatus = "new" | "learning" | "known" | "ignored";
export const WORD_STATUSES: readonly WordStatus[] = ["new", "learning", "known", "ignored"];

export interface StatusCard {
  stability: number;
  lastReview: Date | null;
  suspended: boolean;
  /** When the card (or, when aggregated, any card of the word) was first reviewed; null = unknown, use lastReview. */
  firstReview: Date | null;
}

export interface WordEvidence {
  ignored: boolean;
  /** Notes with this text; a note may have no cards (every card type switched off). */
  noteCount: number;
  cards: StatusCard[];
}

export function wordStatus(evidence: WordEvidence, now: Date, studyDayStart: Date, weights: readonly number[] | null): WordStatus {
  if (evidence.ignored) return "ignored";
  if (evidence.noteCount === 0) return "new";
  const reviewed = evidence.cards.filter((c) => !c.suspended && c.lastReview);
  if (!reviewed.length) return "learning";
  if (reviewed.some((c) => retrievability(c, now, weights) < KNOWN_RETRIEVABILITY)) return "learning";
  // The first review of any card, suspended or not: the word was met then. A card without its
  // logs (imported history) was first met no later than its last review.
  let first = Infinity;
  for (const c of evidence.cards) {
    const met = c.firstReview ?? c.lastReview;
    if (met) first = Math.min(first, met.getTime());
  }
  return first < studyDayStart.getTime() ? "known" : "learning";
}

const READING_SEPARATOR = "\u001f";

/** A reading as notes and tokens may spell it: case, spaces and apostrophes aside (Xī'ān = xī ān). */
export function normalReading(pinyin: string): string {
  return pinyin.normalize("NFC").toLowerCase().replace(/[\s'’]/g, "");
}

/** The key of one reading of a text in a status map (the text alone is the key of every reading judged together). */
export function statusKey(text: string, pinyin: string): string {
  return text + READING_SEPARATOR + normalReading(pinyin);
}

/**
 * A token's status from a map holding each text's status (all readings together) and, where one
 * reading's status differs from it, that reading's under statusKey.
 */
export function tokenStatus(statuses: Readonly<Record<string, WordStatus>>, text: string, pinyin: string | null): WordStatus | undefined {
  return (pinyin ? statuses[statusKey(text, pinyin)] : undefined) ?? statuses[text];
}

export type StatusCounts = Record<WordStatus, number>;

export function countStatuses(statuses: Iterable<WordStatus>): StatusCounts {
  const counts: StatusCounts = { new: 0, learning: 0, known: 0, ignored: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

const HSK_TOP = 7;
/** Share of a level's words the learner must have saved or marked known for it to count as theirs. */
const LEVEL_COVERAGE = 0.5;

/**
 * The learner's HSK 3.0 level when they have not chosen one: the highest level L such that every
 * level up to L is at least half covered by words they saved or marked known (0 for a beginner,
 * so every word of a lesson is above their level).
 */
export function derivedHskLevel(coveredPerLevel: ReadonlyMap<number, number>, sizePerLevel: ReadonlyMap<number, number>): number {
  let level = 0;
  for (let l = 1; l <= HSK_TOP; l++) {
    const size = sizePerLevel.get(l) ?? 0;
    if (!size || (coveredPerLevel.get(l) ?? 0) / size < LEVEL_COVERAGE) break;
    level = l;
  }
  return level;
}
