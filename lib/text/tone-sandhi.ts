// Display-only tone sandhi for 一 and 不 (stored pinyin keeps citation tones). 不 becomes bú before
// a fourth tone; 一 becomes yí before a fourth tone and yì before the others, except when it is
// read as a number: after 第 or another numeral, before a digit-like numeral, or ending a word (统一).
// Er-hua (一点儿 yì diǎnr) and numbers (不 before 2024年) line up through rubyGroups.
import { rubyGroups } from "./ruby-groups";

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

const HAN = /\p{Script=Han}/u;

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
  // Per token, its ruby groups with the slot each Han group became (numbers and er-hua included).
  const layouts = tokens.map((t) => {
    const groups = t.pinyin ? rubyGroups(t.text, t.pinyin) : null;
    if (!groups) return null; // not ours to touch
    const han = groups.filter((g) => g.pinyin && HAN.test(g.text));
    return groups.map((g) => {
      if (!g.pinyin) return { group: g, slot: -1 };
      const k = han.indexOf(g);
      // A number is one slot that never changes; its first syllable is the tone that follows.
      const slot: Slot = k < 0
        ? { char: "#", syllable: g.pinyin.split(" ")[0], wordStart: true, wordEnd: true }
        : { char: [...g.text][0], syllable: g.pinyin, wordStart: k === 0, wordEnd: k === han.length - 1 };
      slots.push(slot);
      return { group: g, slot: slots.length - 1 };
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
      if (ordinal || endsWord || DIGIT_NUMERALS.has(next.char) || next.char === "#") return;
      s.syllable = nextTone === 4 || nextTone === 5 ? "yí" : "yì";
    }
  });
  return tokens.map((t, ti) => {
    const layout = layouts[ti];
    if (!layout) return t.pinyin;
    return layout
      .filter((l) => l.group.pinyin)
      .map((l) => (l.group.pinyin && l.slot >= 0 && slots[l.slot].char !== "#" ? slots[l.slot].syllable : l.group.pinyin))
      .join(" ");
  });
}
