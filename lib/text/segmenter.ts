import { Jieba } from "@node-rs/jieba";
import { glossaryDictLines } from "@/lib/dict/user-dict";
import { onGlossaryEntriesAdded } from "@/lib/dict/glossary";
import { compiledBytes } from "@/lib/dict/compiled";
import { SortedLines } from "@/lib/dict/sorted-lines";

// The jieba instances segment.ts cuts with. Loading the whole dictionary (475k words) is most of a
// cold start (about 0.25 s on a quiet machine, 0.5 s under load). A short text, in a process that
// has not loaded it yet, gets an instance of only the dictionary words that occur in the text, with
// the same frequencies, plus one word that cannot occur carrying the rest of the total frequency:
// jieba scores a cut by log(frequency / total) per word, so every sentence of that text is cut
// exactly as the whole dictionary would cut it (tests/unit/text/segmenter.test.ts compares them).

/**
 * The first text of a process, when up to this long (code units), gets its own small dictionary:
 * finding its words costs about 20 ms per 1,000 characters (under load), so a process that builds a second lesson
 * (a server, a worker) loads the whole dictionary once instead.
 */
const SMALL_TEXT = 2000;
/** Holds the rest of the total frequency; private-use characters, never in a text we segment. */
const FILLER = "\uE000\uE001\uE002";

let full: Jieba | null = null;
let tags: SortedLines | null = null;
/** Glossary lines added at run time, also loaded into instances built later. */
const addedLines: string[] = [];
let small: { text: string; jieba: Jieba } | null = null;
let preparedOnce = false;

onGlossaryEntriesAdded((entries) => {
  const lines = glossaryDictLines(entries.map((e) => [e.term, e]));
  addedLines.push(...lines);
  full?.loadDict(Buffer.from(lines.join("\n"), "utf8"));
  small = null;
});

/** "word TAB tag TAB frequency" per dictionary word, searched in place (compile-dict.ts buildTags). */
export function tagTable(): SortedLines {
  tags ??= new SortedLines(compiledBytes("tags"), "\t");
  return tags;
}

/** A word's frequency in jieba's dictionary (0 when it has none). */
export function wordFrequency(word: string): number {
  const line = tagTable().find(word)[0];
  return line === undefined ? 0 : Number(line.slice(line.indexOf("\t") + 1)) || 0;
}

/** jieba with its default dictionary, CEDICT, lexicon and glossary terms (compiled); built on first use. */
export function getSegmenter(): Jieba {
  if (full) return full;
  const instance = Jieba.withDict(compiledBytes("jieba"));
  if (addedLines.length) instance.loadDict(Buffer.from(addedLines.join("\n"), "utf8"));
  tagTable();
  full = instance;
  small = null;
  return instance;
}

/**
 * Lets the cuts of a short text (its sentences, joined by line breaks) use a dictionary of only its
 * own words, when it is the first text of the process (a one-sentence command-line import). Sentences outside the text still use the
 * full dictionary.
 */
export function prepareSegmenter(texts: readonly string[]): void {
  // (Joined only while the full dictionary is not loaded: a long text's join is no work for nothing.)
  if (full) return;
  const text = texts.join("\n");
  if (small?.text === text) return;
  const first = !preparedOnce;
  preparedOnce = true;
  if (!first || text.length > SMALL_TEXT || text.includes(FILLER[0])) {
    small = null;
    return;
  }
  small = { text, jieba: Jieba.withDict(Buffer.from(dictionaryWithin(text), "utf8")) };
}

/** The instance to cut this sentence with. */
export function segmenterFor(sentence: string): Jieba {
  return !full && small && small.text.includes(sentence) ? small.jieba : getSegmenter();
}

/** Dictionary lines ("word freq") of every dictionary word occurring in the text, plus the filler. */
export function dictionaryWithin(text: string): string {
  const table = tagTable();
  const chars = [...text];
  const freqs = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    let word = "";
    for (let j = i; j < chars.length; j++) {
      word += chars[j];
      if (freqs.has(word)) continue;
      const { line, prefix } = table.firstWithPrefix(word);
      if (line !== undefined) freqs.set(word, Number(line.split("\t")[1]) || 0);
      if (!prefix) break;
    }
  }
  // Run-time glossary lines replace a word's frequency, as loadDict does.
  for (const line of addedLines) {
    const [word, freq] = line.split(" ");
    if (text.includes(word)) freqs.set(word, Number(freq) || 0);
  }
  const total = Number(table.find("")[0]?.split("\t")[1]);
  let within = 0;
  for (const f of freqs.values()) within += f;
  const lines = [...freqs].map(([w, f]) => `${w} ${f}`);
  lines.push(`${FILLER} ${Math.max(0, total - within)}`);
  return lines.join("\n");
}

/**
 * The `limit` most frequent words of the segmenter's dictionary (jieba's frequencies, ours for the
 * words we add), all-Han only, most frequent first: the vocabulary a long-running builder works
 * out ahead of the texts it will be given (lib/server/jobs/warm-up.ts).
 */
export function commonWords(limit: number): string[] {
  if (limit <= 0) return [];
  const words: { word: string; freq: number }[] = [];
  for (const line of compiledBytes("tags").toString("utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    if (!ALL_HAN.test(word)) continue;
    words.push({ word, freq: Number(line.slice(line.lastIndexOf("\t") + 1)) || 0 });
  }
  // Ties in frequency keep the table's (sorted) order, so the list is the same on every machine.
  words.sort((a, b) => b.freq - a.freq);
  return words.slice(0, limit).map((w) => w.word);
}

const ALL_HAN = /^\p{Script=Han}+$/u;
