import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "./data-files";

/**
 * Words of a THUOCL lexicon ("word TAB frequency" per line; a BOM and CR, LF or CRLF line ends
 * tolerated: the files end lines with a lone CR). One pass over the characters rather than a regex
 * split and a split per line: half the cost, ~30 ms of a cold one-sentence import for the place names.
 */
export function readLexicon(file: string): string[] {
  return lexiconWords(fs.readFileSync(path.join(dictDataDir(), "thuocl", file), "utf8"));
}

export function lexiconWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let tab = -1;
  for (let i = start; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 9) {
      if (tab < 0) tab = i;
    } else if (c === 10 || c === 13) {
      const word = text.slice(start, tab < 0 ? i : tab).trim();
      if (word) words.push(word);
      start = i + 1;
      tab = -1;
    }
  }
  return words;
}
