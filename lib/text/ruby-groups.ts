import { NUMBER_RUN } from "./number-reading";

// Pairs a token's characters with its stored reading for ruby display. Readings are one syllable
// per Han character except that an er-hua 儿 shares the syllable before it (点儿 diǎnr) and a
// number is read as several syllables (2024年 èr líng èr sì nián). Dependency-free: the reader and
// review components import it.

export interface RubyGroup {
  text: string;
  /** Syllables over this group; null for characters without a reading (Latin, punctuation). */
  pinyin: string | null;
}

const HAN = /\p{Script=Han}/u;
const ER = /^[eēéěè]r$/;

interface Unit {
  text: string;
  kind: "han" | "number" | "plain";
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  const numbers = new Map<number, string>();
  for (const m of text.matchAll(NUMBER_RUN)) numbers.set(m.index, m[0]);
  for (let i = 0; i < text.length; ) {
    const run = numbers.get(i);
    if (run) {
      out.push({ text: run, kind: "number" });
      i += run.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    out.push({ text: ch, kind: HAN.test(ch) ? "han" : "plain" });
    i += ch.length;
  }
  return out;
}

/** An er-hua syllable ("diǎnr", not "ér"). */
function isErhua(syllable: string | undefined): boolean {
  return !!syllable && syllable.length > 1 && syllable.endsWith("r") && !ER.test(syllable);
}

/**
 * Groups of characters with their syllables, in text order; null when the reading does not line up
 * with the text (the caller then shows the whole reading over the whole token).
 */
export function rubyGroups(text: string, pinyin: string): RubyGroup[] | null {
  const list = units(text);
  const syllables = pinyin.split(" ").filter(Boolean);
  const numberUnits = list.filter((u) => u.kind === "number").length;
  if (numberUnits > 1) return null;
  const head: RubyGroup[] = [];
  const tail: RubyGroup[] = [];
  let lo = 0;
  let hi = syllables.length - 1;
  let i = 0;
  let j = list.length - 1;
  // From the left up to the number (or the end).
  for (; i < list.length && list[i].kind !== "number"; i++) {
    const u = list[i];
    if (u.kind === "plain") head.push({ text: u.text, pinyin: null });
    else {
      if (lo > hi) return null;
      const s = syllables[lo++];
      if (list[i + 1]?.text === "儿" && isErhua(s)) head.push({ text: u.text + list[++i].text, pinyin: s });
      else head.push({ text: u.text, pinyin: s });
    }
  }
  if (i < list.length) {
    // From the right down to the number; what is left between belongs to the number.
    for (; j > i; j--) {
      const u = list[j];
      if (u.kind === "plain") tail.unshift({ text: u.text, pinyin: null });
      else {
        if (hi < lo) return null;
        const s = syllables[hi--];
        if (u.text === "儿" && j - 1 > i && list[j - 1].kind === "han" && isErhua(s)) tail.unshift({ text: list[--j].text + u.text, pinyin: s });
        else tail.unshift({ text: u.text, pinyin: s });
      }
    }
    if (hi < lo) return null;
    head.push({ text: list[i].text, pinyin: syllables.slice(lo, hi + 1).join(" ") });
    lo = syllables.length;
  }
  return lo === syllables.length ? [...head, ...tail] : null;
}
