import { cedictFlags, cedictHeadwords, hasCedictEntry } from "./cedict";
import { glossaryForms } from "./glossary";
import type { GlossaryEntry } from "./glossary-schema";
import { thuoclChengyu } from "./idioms";
import { newsWords } from "./news-words";
import { historicalNames, publicFigures } from "./names";

// Lines for jieba's user dictionary ("word freq tag"). Frequencies decide the segmentation path:
// jieba keeps a word whole when freq(word) > freq(a)·freq(b)/total for its best split (total ≈ 6e7).
// They must stay modest: every added frequency raises the total, and a larger total favours paths
// with fewer, longer words everywhere (it revived jieba's junk entries like 这/段时间).
const GLOSSARY_FREQ = 20_000;
const IDIOM_FREQ = 1_000;
const WORD_FREQ = 100;
// Proper nouns only need to beat a split into single characters; a higher weight lets rare names
// swallow common neighbours (大国大党 → 大/国大党 "Indian Congress Party").
const NAME_FREQ = 20;
const HAN_ONLY = /^\p{Script=Han}+$/u;

export function glossaryDictLines(entries: Iterable<[string, GlossaryEntry]>): string[] {
  const lines: string[] = [];
  for (const [form, entry] of entries) {
    if (HAN_ONLY.test(form)) lines.push(`${form} ${GLOSSARY_FREQ} ${entry.kind === "idiom" ? "i" : "l"}`);
  }
  return lines;
}

/** CEDICT idioms and the words jieba's own dictionary lacks, plus the glossary. */
export function buildUserDict(jiebaKnows: (word: string) => boolean): string {
  const lines: string[] = [];
  // Our news words (news-words.ts) carry their own part of speech (领跌 v, 早盘 t).
  const newsTags = new Map(newsWords().map((w) => [w.word, w.tag]));
  for (const word of cedictHeadwords()) {
    const length = word.length; // UTF-16 units: close enough to pick multi-character words
    if (length < 2 || jiebaKnows(word) || !HAN_ONLY.test(word)) continue;
    const newsTag = newsTags.get(word);
    if (newsTag) {
      lines.push(`${word} ${WORD_FREQ} ${newsTag}`);
      continue;
    }
    const { idiom, properNoun } = cedictFlags(word);
    if (idiom && length >= 4) lines.push(`${word} ${IDIOM_FREQ} i`);
    else lines.push(`${word} ${properNoun ? NAME_FREQ : WORD_FREQ} ${properNoun ? "nz" : "n"}`);
  }
  lines.push(...glossaryDictLines(glossaryForms()));
  return lines.join("\n");
}

/**
 * THUOCL chengyu jieba lacks (so they stay one token) and the names of historical figures of 3+
 * characters that are not CC-CEDICT vocabulary (THUOCL lists 汪洋, 张扬 as names; they are words).
 */
export function lexiconDictLines(jiebaKnows: (word: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of thuoclChengyu()) {
    if (!jiebaKnows(word) && HAN_ONLY.test(word) && !hasCedictEntry(word)) lines.push(`${word} ${IDIOM_FREQ} i`);
  }
  for (const word of historicalNames()) {
    if (word.length >= 3 && HAN_ONLY.test(word) && !jiebaKnows(word) && !hasCedictEntry(word)) {
      lines.push(`${word} ${NAME_FREQ} nr`);
    }
  }
  // Listed public figures stay whole (尹锡悦, 岸田文雄) wherever jieba would cut them.
  for (const word of publicFigures().keys()) if (!jiebaKnows(word)) lines.push(`${word} ${NAME_FREQ} nr`);
  return lines;
}

// jieba's default dictionary carries machine-harvested "names" that swallow a neighbour's character
// (这/段时间 nr, 习近平主席/和普京 nz). Entries tagged as person/organisation/other proper names that
// CC-CEDICT does not know are demoted to the lowest weight: they still beat a split into single
// characters, but no longer beat real words around them.
const DEMOTE_TAGS = new Set(["nr", "nrt", "nrfg", "nz", "nt"]);

export interface JiebaDictScan {
  /** User-dictionary lines that demote junk names. */
  demoted: string;
  /** The CC-CEDICT headwords jieba's dictionary already has. */
  words: Set<string>;
}

export function scanJiebaDict(jiebaDictText: string): JiebaDictScan {
  const lines: string[] = [];
  const words = new Set<string>();
  // indexOf walking instead of split("\n"): the dictionary has 349k lines.
  for (let start = 0; start < jiebaDictText.length; ) {
    let end = jiebaDictText.indexOf("\n", start);
    if (end < 0) end = jiebaDictText.length;
    const space = jiebaDictText.indexOf(" ", start);
    if (space > start && space < end) {
      const word = jiebaDictText.slice(start, space);
      const inCedict = hasCedictEntry(word);
      if (inCedict) words.add(word);
      const tag = jiebaDictText.slice(jiebaDictText.lastIndexOf(" ", end) + 1, end).trim();
      if (DEMOTE_TAGS.has(tag) && !inCedict) lines.push(`${word} 1 ${tag}`);
    }
    start = end + 1;
  }
  return { demoted: lines.join("\n"), words };
}
