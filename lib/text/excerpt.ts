/**
 * A window of a sentence around a word, for lists that show where a word occurs: a text without
 * punctuation is one "sentence" of up to 200,000 characters, and each list item would otherwise
 * carry all of it. Cut ends are marked with "…"; characters outside the BMP are never split.
 */
export function sentenceExcerpt(sentence: string, word: string, radius = 30): string {
  const chars = Array.from(sentence);
  const wordLength = Array.from(word).length;
  if (chars.length <= 2 * radius + wordLength) return sentence;
  const unitAt = sentence.indexOf(word);
  const at = unitAt < 0 ? 0 : Array.from(sentence.slice(0, unitAt)).length;
  const from = Math.max(0, unitAt < 0 ? 0 : at - radius);
  const to = Math.min(chars.length, (unitAt < 0 ? 0 : at + wordLength) + radius + (unitAt < 0 ? radius : 0));
  return `${from > 0 ? "…" : ""}${chars.slice(from, to).join("")}${to < chars.length ? "…" : ""}`;
}
