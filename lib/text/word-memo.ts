import type { WordReadings } from "./g2p/word-readings";
import type { LessonToken } from "./build-lesson";
import type { Segment } from "./segment";

/**
 * Answers that later stages compute from a word's text alone, kept on the one shared segment
 * segment.ts makes per word. Each stage also memoises in a Map of its own, keyed by text; on a long
 * text those Maps hold tens of thousands of words, and a probe per token per stage (mostly cache
 * misses) was a tenth of building a lesson. A segment without a memo (joined names, abbreviations,
 * phrases, numbers) uses the Maps as before: the answers are the same either way.
 */
export interface WordMemo {
  readings: WordReadings | null | undefined;
  /** The joined reading of a word with one reading (null: a syllable is empty). */
  joined: string | null | undefined;
  translitPiece: boolean | undefined;
  abbreviation: string | null | undefined;
  /**
   * The word as an abbreviation compound (中方 marked with its English by merge-names), one segment
   * with a memo of its own shared by every occurrence, as the word's plain segment is.
   */
  abbreviationSegment: Segment | undefined;
  /** familiar-names.ts junkName: how many characters to cut off a harvested name (0: none). */
  junkHead: number | undefined;
  /** recut-words.ts: the parts a word of three or four characters is cut into by itself (null: none). */
  longSplit: string[] | null | undefined;
  /** The tokens by reading key, the same Map build-lesson's token cache holds for the text. */
  tokens: Map<string | null, LessonToken> | undefined;
  /** The last key looked up in `tokens` and its token. */
  lastKey: string | null | undefined;
  lastToken: LessonToken | undefined;
}

const MEMO = Symbol("word memo");

/** What merge-names and match-phrases mark on a segment. */
export type SegmentMarks = Pick<Segment, "name" | "abbreviation" | "gloss" | "phrase">;

/**
 * Every segment is made here, with the same properties in the same order and its memo slot (a
 * memo or undefined): one hidden class for V8. Segments built as literals of varying shapes, and
 * memos whose fields were added in varying orders, made the pipeline's large functions see new
 * shapes on a long new text and be deoptimised and recompiled again and again: 292 recompiles,
 * 3.5 s of compiler time in the first build of 200,000 characters.
 * The memo is not enumerable, so copies, comparisons and JSON never see it; its own fields are
 * edited, the segment never is.
 */
export function makeSegment(text: string, tag: string, marks?: SegmentMarks, memo = false): Segment {
  const segment: Segment = {
    text,
    tag,
    name: marks?.name,
    abbreviation: marks?.abbreviation,
    gloss: marks?.gloss,
    phrase: marks?.phrase,
  };
  Object.defineProperty(segment, MEMO, { value: memo ? newMemo() : undefined });
  // Never edited (a word's segment is shared by all its occurrences): a change makes a new one.
  return Object.freeze(segment);
}

/** The segment with some marks changed (its memo is not carried over: the copy is another token). */
export function remarkSegment(segment: Segment, tag: string, marks: SegmentMarks): Segment {
  return makeSegment(segment.text, tag, {
    name: marks.name ?? segment.name,
    abbreviation: marks.abbreviation ?? segment.abbreviation,
    gloss: marks.gloss ?? segment.gloss,
    phrase: marks.phrase ?? segment.phrase,
  });
}

function newMemo(): WordMemo {
  return { readings: undefined, joined: undefined, translitPiece: undefined, abbreviation: undefined, abbreviationSegment: undefined, junkHead: undefined, longSplit: undefined, tokens: undefined, lastKey: undefined, lastToken: undefined };
}

export function memoOf(segment: object | undefined): WordMemo | undefined {
  return segment ? (segment as { [MEMO]?: WordMemo })[MEMO] : undefined;
}
