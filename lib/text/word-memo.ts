import type { WordReadings } from "./g2p/word-readings";
import type { LessonToken } from "./build-lesson";

/**
 * Answers that later stages compute from a word's text alone, kept on the one shared segment
 * segment.ts makes per word. Each stage also memoises in a Map of its own, keyed by text; on a long
 * text those Maps hold tens of thousands of words, and a probe per token per stage (mostly cache
 * misses) was a tenth of building a lesson. A segment without a memo (joined names, abbreviations,
 * phrases, numbers) uses the Maps as before: the answers are the same either way.
 */
export interface WordMemo {
  readings?: WordReadings | null;
  /** The joined reading of a word with one reading (null: a syllable is empty). */
  joined?: string | null;
  translitPiece?: boolean;
  abbreviation?: string | null;
  /** The tokens by reading key, the same Map build-lesson's token cache holds for the text. */
  tokens?: Map<string | null, LessonToken>;
  /** The last key looked up in `tokens` and its token. */
  lastKey?: string | null;
  lastToken?: LessonToken;
}

const MEMO = Symbol("word memo");

/** Gives a new segment its memo: not enumerable, so copies, comparisons and JSON never see it. */
export function withMemo<T extends object>(segment: T): T {
  Object.defineProperty(segment, MEMO, { value: {} satisfies WordMemo });
  return segment;
}

export function memoOf(segment: object | undefined): WordMemo | undefined {
  return segment ? (segment as { [MEMO]?: WordMemo })[MEMO] : undefined;
}
