// Textbook pastes carry a line of pinyin above or below each line of characters ("Nǐ hǎo! Wǒ jiào
// Lǐ Míng." over 你好！我叫李明。). The lesson makes its own pinyin, in context, so such lines are
// dropped (reported), and they do not count against the text being Chinese.

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/iu;
const NUMBERED = /^[a-zü]+[1-5]$/iu;
const PINYIN_WORD = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’]+[1-5]?$/iu;
const HAN = /\p{Script=Han}/u;

/**
 * A line of pinyin: no Han characters, only words of Latin letters with pinyin's tone marks (or
 * tone numbers), at least half of them marked ("Wǒ shì Zhōngguó rén."; not "Café au lait", not
 * an English sentence, which has no tone marks).
 */
export function isPinyinLine(line: string): boolean {
  if (HAN.test(line)) return false;
  const words = line.split(/[\s.,!?;:…，。！？；：、“”"()（）—-]+/u).filter(Boolean);
  if (!words.length || !words.every((w) => PINYIN_WORD.test(w))) return false;
  const marked = words.filter((w) => TONE_MARKED.test(w) || NUMBERED.test(w)).length;
  return marked * 2 >= words.length;
}

/** The text without its pinyin lines. */
export function withoutPinyinLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .filter((l) => !isPinyinLine(l))
    .join("\n");
}
