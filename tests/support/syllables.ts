import { segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";

/** The syllable of the n-th occurrence (from 0) of `ch` in the sentence, as the pipeline reads it. */
export function syllableOf(sentence: string, ch: string, nth = 0): string {
  const segments = segmentSentence(sentence);
  const tokens = segments.map((t) => t.text);
  const readings = pinyinForTokens(sentence, tokens, segments);
  const syllables: string[] = [];
  tokens.forEach((token, i) => {
    const parts = readings[i]?.split(" ") ?? [];
    [...token].forEach((_, k) => syllables.push(parts[k] ?? ""));
  });
  const at = [...sentence].map((c, i) => (c === ch ? i : -1)).filter((i) => i >= 0)[nth];
  if (at === undefined) throw new Error(`${ch} not in ${sentence}`);
  return syllables[at];
}

/** The sentence's tokens, as segmentation cuts them. */
export const tokensOf = (s: string) => segmentSentence(s).map((t) => t.text);
