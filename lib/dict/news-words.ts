import path from "node:path";
import { dictDataDir } from "./data-files";
import { onePerCharacter, readDataLines } from "./data-lines";

// The news words CC-CEDICT lacks (data/news-words.tsv: 早盘, 领跌, 沪指, 北向资金, 房企, 首节…), read
// at compile time only: they become entries of the compiled dictionary and words of the
// segmenter's, so every later step (readings, glosses, kinds) treats them as dictionary words.

export interface NewsWord {
  word: string;
  /** Numbered pinyin as CC-CEDICT writes it ("zao3 pan2"). */
  pinyin: string;
  /** jieba's part-of-speech tag for the segmenter's dictionary. */
  tag: string;
  senses: string[];
}

/** (A Latin capital stands for itself, as in CC-CEDICT's 卡拉OK "ka3 la1 O K": A股 "A gu3".) */
const LINE = /^([\p{Script=Han}A-Z]+)\t((?:[a-z:]+[1-5]|[A-Z])(?: (?:[a-z:]+[1-5]|[A-Z]))*)\t([a-z]+)\t(.+)$/u;

export function newsWordsFile(): string {
  return path.join(dictDataDir(), "news-words.tsv");
}

/** The file's words; a malformed line (wrong shape, syllables not one per character) is an error. */
export function newsWords(file = newsWordsFile()): NewsWord[] {
  return readDataLines(file, "news-words.tsv", LINE, `"word TAB pin1 yin1 TAB tag TAB sense / sense", one syllable per character`, (m) =>
    onePerCharacter(m[1], m[2]) ? { word: m[1], pinyin: m[2], tag: m[3], senses: m[4].split(" / ").map((s) => s.trim()) } : null,
  );
}
