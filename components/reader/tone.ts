// Tone of a tone-marked pinyin syllable: 1–4 from its diacritic, 5 (neutral) without one.
const MARKS: Record<string, number> = {};
for (const [tone, letters] of [
  [1, "āēīōūǖĀĒĪŌŪǕ"],
  [2, "áéíóúǘÁÉÍÓÚǗ"],
  [3, "ǎěǐǒǔǚǍĚǏǑǓǙ"],
  [4, "àèìòùǜÀÈÌÒÙǛ"],
] as const) {
  for (const ch of letters) MARKS[ch] = tone;
}

export function toneOf(syllable: string): number {
  for (const ch of syllable.normalize("NFC")) if (MARKS[ch]) return MARKS[ch];
  return 5;
}
