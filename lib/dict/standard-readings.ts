import path from "node:path";
import { dictDataDir } from "./data-files";
import { onePerCharacter, readDataLines } from "./data-lines";

// Words whose standard reading CC-CEDICT gives only as "also pr." (data/standard-readings.tsv:
// 下载 xià zài, 泄露 xiè lòu), read at compile time only (cedict.ts buildCedictLines).

export interface StandardReading {
  word: string;
  /** Numbered pinyin as CC-CEDICT writes it ("xia4 zai4"). */
  pinyin: string;
}

const LINE = /^(\p{Script=Han}{2,})\t([a-z:]+[1-5](?: [a-z:]+[1-5])*)$/u;

export function standardReadingsFile(): string {
  return path.join(dictDataDir(), "standard-readings.tsv");
}

/** The file's words; a malformed line (wrong shape, syllables not one per character) is an error. */
export function standardReadings(file = standardReadingsFile()): StandardReading[] {
  return readDataLines(file, "standard-readings.tsv", LINE, `"word TAB pin1 yin1", one syllable per character`, (m) => (onePerCharacter(m[1], m[2]) ? { word: m[1], pinyin: m[2] } : null));
}

/** CC-CEDICT's "also pr. [xia4zai4]" readings of an entry, as syllables without spaces, lowercase. */
const ALSO = /also pr\. \[([^\]]+)\]/g;
const squash = (pinyin: string) => pinyin.replace(/[\s-]/g, "").toLowerCase();

/**
 * The entry's reading and senses with the standard reading first, or null when the word's entry does
 * not list that reading as "also pr." (nothing to choose between). CC-CEDICT's own reading becomes
 * the entry's "also pr.".
 */
export function withStandardReading(pinyin: string, senses: string[], standard: string): { pinyin: string; senses: string[] } | null {
  let found = false;
  const next = senses.map((s) =>
    s.replace(ALSO, (whole, alt: string) => {
      if (squash(alt) !== squash(standard)) return whole;
      found = true;
      return `also pr. [${pinyin}]`;
    }),
  );
  return found ? { pinyin: standard, senses: next } : null;
}

/**
 * A longer headword's reading with a standard word inside it read the standard way, where its
 * syllables there are the ones the word's entry had (泄露天机 xie4 lu4 → xie4 lou4); null otherwise.
 */
export function readInside(headword: string, pinyin: string, word: string, before: string, standard: string): string | null {
  const chars = [...headword];
  const syllables = pinyin.split(" ");
  if (syllables.length !== chars.length) return null;
  const n = [...word].length;
  const old = before.split(" ");
  const now = standard.split(" ");
  let changed = false;
  for (let i = 0; i + n <= chars.length; i++) {
    if (chars.slice(i, i + n).join("") !== word) continue;
    if (!old.every((s, k) => syllables[i + k].toLowerCase() === s)) continue;
    // A capital (a proper noun's first syllable) is kept.
    now.forEach((s, k) => (syllables[i + k] = /^[A-Z]/.test(syllables[i + k]) ? s[0].toUpperCase() + s.slice(1) : s));
    changed = true;
  }
  return changed ? syllables.join(" ") : null;
}
