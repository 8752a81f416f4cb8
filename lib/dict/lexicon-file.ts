import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "./data-files";

/** Words of a THUOCL lexicon ("word TAB frequency" per line; BOM and CR line ends tolerated). */
export function readLexicon(file: string): string[] {
  const text = fs.readFileSync(path.join(dictDataDir(), "thuocl", file), "utf8").replace(/^\uFEFF/, "");
  const words: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const word = line.split("\t")[0].trim();
    if (word) words.push(word);
  }
  return words;
}
