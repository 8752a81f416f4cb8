// How a lesson's tokens are stored: the ONE place that knows it. Everything that writes or reads
// Sentence.tokens / Lesson.words goes through encodeLessonTokens / decodeSentenceTokens, so a new
// LessonToken field (from any stage of the pipeline) is stored and restored without touching
// storage code.
//
// Why: a token repeats the same text, reading, gloss and levels every time its word occurs; stored
// as JSON objects per occurrence that was ~83 bytes per source character. Now the lesson keeps each
// distinct token once (Lesson.words: the full LessonToken objects), and a sentence keeps only the
// positions of its tokens in that list, base-36, comma-separated ("a,3,1f,0").
import type { LessonToken } from "./build-lesson";

export interface EncodedLesson {
  /** Distinct tokens, in first-occurrence order. */
  words: LessonToken[];
  /** Per sentence, its tokens as indices into `words`. */
  sentences: string[];
}

/** Identity of a token: every field (key order fixed), so nothing is lost by sharing. */
function tokenKey(token: LessonToken): string {
  return JSON.stringify(Object.entries(token).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function encodeLessonTokens(sentences: { tokens: LessonToken[] }[]): EncodedLesson {
  const words: LessonToken[] = [];
  const indexOf = new Map<string, number>();
  const encoded = sentences.map((s) =>
    s.tokens
      .map((t) => {
        const key = tokenKey(t);
        let i = indexOf.get(key);
        if (i === undefined) {
          i = words.length;
          words.push(t);
          indexOf.set(key, i);
        }
        return i.toString(36);
      })
      .join(","),
  );
  return { words, sentences: encoded };
}

/**
 * A sentence's tokens from what is stored: the compact form with its lesson's `words`, or the
 * older per-occurrence LessonToken[] (lessons stored before this format). Returns copies.
 */
export function decodeSentenceTokens(stored: unknown, words: unknown): LessonToken[] {
  if (Array.isArray(stored)) return stored.map((t) => ({ ...(t as LessonToken) }));
  if (typeof stored !== "string") throw new Error("unknown token format");
  if (stored === "") return [];
  const list = words as LessonToken[] | null;
  if (!Array.isArray(list)) throw new Error("compact tokens without the lesson's word list");
  return stored.split(",").map((code) => {
    const word = list[parseInt(code, 36)];
    if (!word) throw new Error(`token index ${code} is not in the lesson's word list`);
    return { ...word };
  });
}

/** Length in characters (code points) of each token, for paging without building the tokens' HTML. */
export const tokenLength = (t: Pick<LessonToken, "text">) => [...t.text].length;
