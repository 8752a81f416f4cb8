// Pinyin with each syllable in its tone colour (--color-tone-N), the tone read from its tone mark.
const TONE_MARKS: Record<string, number> = {};
for (const [tone, chars] of [
  [1, "āēīōūǖĀĒĪŌŪǕ"],
  [2, "áéíóúǘÁÉÍÓÚǗ"],
  [3, "ǎěǐǒǔǚǍĚǏǑǓǙ"],
  [4, "àèìòùǜÀÈÌÒÙǛ"],
] as const) {
  for (const c of chars) TONE_MARKS[c] = tone;
}

const VOWEL = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
// Initial, vowels, then a final n/ng only when no vowel follows (so "xian" + "gan" splits right),
// then an er-hua r (diǎnr, guǎnr: one syllable, one colour).
const SYLLABLE = new RegExp(`(?:[zcs]h|[bpmfdtnlgkhjqxzcsrwy])?[${VOWEL}]+(?:ng(?![${VOWEL}])|n(?![${VOWEL}]))?(?:r(?![${VOWEL}]))?`, "giu");

export function toneOf(syllable: string): number {
  for (const c of syllable) if (TONE_MARKS[c]) return TONE_MARKS[c];
  return 5;
}

/** Splits pinyin into [text, tone | null] pieces; anything that is not a syllable keeps tone null. */
export function pinyinPieces(pinyin: string): [string, number | null][] {
  const pieces: [string, number | null][] = [];
  let last = 0;
  for (const m of pinyin.matchAll(SYLLABLE)) {
    if (m.index > last) pieces.push([pinyin.slice(last, m.index), null]);
    pieces.push([m[0], toneOf(m[0])]);
    last = m.index + m[0].length;
  }
  if (last < pinyin.length) pieces.push([pinyin.slice(last), null]);
  return pieces;
}

export function PinyinText({ pinyin, colored }: { pinyin: string; colored: boolean }) {
  if (!colored) return <span>{pinyin}</span>;
  return (
    <span>
      {pinyinPieces(pinyin).map(([text, tone], i) =>
        tone ? (
          <span key={i} data-tone={tone} style={{ color: `var(--color-tone-${tone})` }}>
            {text}
          </span>
        ) : (
          <span key={i}>{text}</span>
        ),
      )}
    </span>
  );
}
