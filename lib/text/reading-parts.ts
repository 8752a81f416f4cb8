// A sentence over 120 characters (a work report's list of targets, a treaty-style enumeration) is
// hard to read as one line of ruby text. For reading only, it is broken at "；" first, then at the
// "，" between its enumerated clauses; the sentence itself (its text, its card) stays whole.
export const LONG_SENTENCE = 120;
// A piece shorter than this is not worth a line of its own; pieces aim for about this much text.
const MIN_PIECE = 20;
const TARGET_PIECE = 45;
const OPEN = /[“‘「『（(《【]/u;
const CLOSE = /[”’」』）)》】]/u;

interface TokenText {
  text: string;
}

const lengthOf = (tokens: TokenText[], from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n += [...tokens[i].text].length;
  return n;
};

/** Token indices after which punctuation of this kind ends a clause outside quotes and brackets. */
function boundaries(tokens: TokenText[], mark: RegExp): number[] {
  const out: number[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    for (const ch of t.text) {
      if (OPEN.test(ch)) depth++;
      else if (CLOSE.test(ch)) depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && mark.test(t.text) && i < tokens.length - 1) out.push(i + 1);
  });
  return out;
}

/** Greedy: cut at a boundary once the piece has TARGET_PIECE characters and enough text remains. */
function cutPiece(tokens: TokenText[], from: number, to: number, at: number[]): number[] {
  const cuts: number[] = [];
  let start = from;
  for (const b of at) {
    if (b <= from || b >= to) continue;
    if (lengthOf(tokens, start, b) >= TARGET_PIECE && lengthOf(tokens, b, to) >= MIN_PIECE) {
      cuts.push(b);
      start = b;
    }
  }
  return cuts;
}

/**
 * Indices of the tokens that start a new reading line, in order; empty for a sentence of at most
 * LONG_SENTENCE characters. "；" always breaks a long sentence; a piece still over the limit is
 * broken at its "，".
 */
export function readingBreaks(tokens: TokenText[]): number[] {
  if (lengthOf(tokens, 0, tokens.length) <= LONG_SENTENCE) return [];
  const semis = boundaries(tokens, /[；;]$/u).filter((b) => lengthOf(tokens, b, tokens.length) >= MIN_PIECE);
  const commas = boundaries(tokens, /[，,]$/u);
  const cuts: number[] = [];
  const edges = [0, ...semis, tokens.length];
  for (let k = 0; k < edges.length - 1; k++) {
    if (k > 0) cuts.push(edges[k]);
    if (lengthOf(tokens, edges[k], edges[k + 1]) > LONG_SENTENCE) cuts.push(...cutPiece(tokens, edges[k], edges[k + 1], commas));
  }
  return cuts;
}

/** The sentence's tokens in reading lines (one line when it is short). */
export function readingParts<T extends TokenText>(tokens: T[]): T[][] {
  const parts: T[][] = [];
  let start = 0;
  for (const b of [...readingBreaks(tokens), tokens.length]) {
    parts.push(tokens.slice(start, b));
    start = b;
  }
  return parts;
}
