import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "./data-files";
import { readLexicon } from "./lexicon-file";

// Name lexicons: THUOCL's historical figures and place names (MIT). Both lists carry common words
// (汪洋 "vast sea", 田间 "field", 小区 "housing estate", 新一 …): callers accept a listed word as a
// name only when no dictionary knows it as vocabulary.
let people: Set<string> | null = null;
let places: Set<string> | null = null;

export function historicalNames(): Set<string> {
  people ??= new Set(readLexicon("THUOCL_lishimingren.txt"));
  return people;
}

export function placeNames(): Set<string> {
  places ??= new Set(readLexicon("THUOCL_diming.txt"));
  return places;
}

export interface PublicFigure {
  term: string;
  /** Citation-tone syllables, one per character, lowercase. */
  pinyin: string;
  english: string;
  note: string;
}

let figures: Map<string, PublicFigure> | null = null;

/**
 * People of news and diplomacy with their English names (data/people/public-figures.tsv, ours):
 * transliterations (布林肯 Antony Blinken) have no English in CC-CEDICT, and Japanese and Korean
 * names (岸田文雄, 李在明) fall apart without a listing.
 */
export function publicFigures(): Map<string, PublicFigure> {
  if (figures) return figures;
  const text = fs.readFileSync(path.join(dictDataDir(), "people", "public-figures.tsv"), "utf8");
  figures = new Map();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [term, pinyin, english, note = ""] = line.split("\t");
    if (!term || !pinyin || !english || pinyin.split(" ").length !== [...term].length) {
      throw new Error(`public-figures.tsv: malformed line: ${line}`);
    }
    figures.set(term, { term, pinyin, english, note });
  }
  return figures;
}

/** A public figure's gloss: "Antony Blinken, US Secretary of State (2021–2025)". */
export function figureGloss(figure: PublicFigure): string {
  return figure.note ? `${figure.english}, ${figure.note}` : figure.english;
}
