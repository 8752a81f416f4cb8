import { countHan } from "./pinyin-syllables";

/**
 * Song lyrics and poems: unpunctuated short lines worth a lesson line by line. A line that comes
 * back (a chorus, a refrain), or four lines or more, nearly all of one length of 4–9 characters
 * (五言, 七言 verse). A list of headlines does not repeat a line and its lengths vary.
 * `lines`: the text's lines with Han characters.
 */
export function looksLikeVerse(lines: string[]): boolean {
  const trimmed = lines.map((l) => l.trim());
  if (trimmed.length < 2) return false;
  if (new Set(trimmed).size < trimmed.length) return true;
  if (trimmed.length < 4) return false;
  const lengths = trimmed.map((l) => countHan(l));
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [length, most] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return length >= 4 && length <= 9 && most * 4 >= trimmed.length * 3 && lengths.every((n) => n <= 9);
}
