// Tokens of a text built as a lesson by the real pipeline, for tests that check one word's reading
// or gloss in a sentence of their own.
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";

/** Every token of the text, punctuation included. */
export const lessonTokens = (text: string): LessonToken[] => buildLesson(text).sentences.flatMap((s) => s.tokens);

/** The first token whose text is `word`, or undefined. */
export const tokenOf = (text: string, word: string): LessonToken | undefined => lessonTokens(text).find((t) => t.text === word);

export const glossOf = (text: string, word: string) => tokenOf(text, word)?.gloss;

export const readingOf = (text: string, word: string) => tokenOf(text, word)?.pinyin;

/** The syllable read for the character at a code-unit index of the text (BMP text). */
export function readingAt(text: string, index: number): string | undefined {
  let offset = 0;
  for (const t of lessonTokens(text)) {
    if (index < offset + t.text.length) return t.pinyin?.split(" ")[index - offset];
    offset += t.text.length;
  }
  return undefined;
}

/** The syllable read for the first occurrence of `ch` in the text (from code-unit index `from`). */
export const readingOfChar = (text: string, ch: string, from = 0) => readingAt(text, text.indexOf(ch, from));
