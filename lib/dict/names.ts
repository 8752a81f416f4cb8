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
