// Display-only tone sandhi for 一 and 不 (stored pinyin keeps citation tones). 不 becomes bú before
// a fourth tone; 一 becomes yí before a fourth tone and yì before the others, except when it is
// read as a number: after 第 or another numeral, before a digit-like numeral, or ending a word (统一).
const TONE: Record<string, number> = {};
for (const [tone, chars] of [[1, "āēīōūǖ"], [2, "áéíóúǘ"], [3, "ǎěǐǒǔǚ"], [4, "àèìòùǜ"]] as const) {
  for (const c of chars) TONE[c] = tone;
}

function toneOf(syllable: string | undefined): number {
  if (!syllable) return 0;
  for (const c of syllable) if (TONE[c]) return TONE[c];
  return 5;
}

const NUMERALS = new Set([..."零〇一二三四五六七八九十百千万亿两第几"]);
const DIGIT_NUMERALS = new Set([..."零〇一二三四五六七八九"]);

interface Slot {
  char: string;
  syllable: string;
  wordStart: boolean;
  wordEnd: boolean;
}

export interface PinyinToken {
  text: string;
  pinyin: string | null;
}

/** The same tokens' pinyin with 一/不 sandhi applied (null stays null). */
export function applyToneSandhi(tokens: PinyinToken[]): (string | null)[] {
  const slots: Slot[] = [];
  const owner: number[] = [];
  tokens.forEach((t, ti) => {
    if (!t.pinyin) return;
    const syllables = t.pinyin.split(" ");
    const han = [...t.text].filter((c) => /\p{Script=Han}/u.test(c));
    if (han.length !== syllables.length) return; // not ours to touch
    han.forEach((char, i) => {
      slots.push({ char, syllable: syllables[i], wordStart: i === 0, wordEnd: i === han.length - 1 });
      owner.push(ti);
    });
  });
  slots.forEach((s, i) => {
    const next = slots[i + 1];
    const prev = slots[i - 1];
    // A sentence boundary between slots is not visible here; punctuation tokens have no slots, so
    // callers pass one sentence at a time.
    if (!next) return;
    const nextTone = toneOf(next.syllable);
    if (s.char === "不" && s.syllable === "bù" && nextTone === 4) s.syllable = "bú";
    if (s.char === "一" && s.syllable === "yī") {
      const ordinal = (prev && !s.wordStart && NUMERALS.has(prev.char)) || (prev && prev.char === "第");
      const endsWord = s.wordEnd && !s.wordStart; // 统一, 唯一, 之一
      if (ordinal || endsWord || DIGIT_NUMERALS.has(next.char)) return;
      s.syllable = nextTone === 4 || nextTone === 5 ? "yí" : "yì";
    }
  });
  const out: (string | null)[] = tokens.map((t) => t.pinyin);
  const rebuilt = new Map<number, string[]>();
  slots.forEach((s, i) => {
    const list = rebuilt.get(owner[i]) ?? [];
    list.push(s.syllable);
    rebuilt.set(owner[i], list);
  });
  for (const [ti, syllables] of rebuilt) out[ti] = syllables.join(" ");
  return out;
}
