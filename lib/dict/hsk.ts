import path from "node:path";
import { compiledBytes } from "./compiled";
import { dictDataDir, readJsonFile } from "./data-files";
import { SortedLines, sortLines } from "./sorted-lines";
import { BoundedMap } from "@/lib/text/bounded-map";

// HSK word lists (MIT, drkameleon/complete-hsk-vocabulary; see data/hsk/README.md). Files are
// "exclusive": each holds only the words introduced at that level. HSK 3.0 file 7 = levels 7–9.
// Each record also carries `q`, the word's rank in a general-corpus frequency list (1 = most
// frequent), and `p`, its parts of speech, most common first (jieba/ICTCLAS tags).
// The 13 JSON files (3.8 MB) are compiled into one sorted table (compiled/hsk.txt, see
// compiled.ts) that is searched in place: a start reads it without parsing anything.
interface HskRecord {
  s: string;
  q?: number;
  p?: string[];
}

interface Entry {
  hsk2: number | null;
  hsk3: number | null;
  rank: number | null;
  particle: boolean;
}

// Primary part of speech that marks a grammatical particle (u: 的 了 着 过, y: 吗 呢 吧) or an
// interjection (e: 啊 哎). Only single characters: 一样 or 似的 carry a "u" tag but are vocabulary.
const PARTICLE_TAGS = new Set(["u", "y", "e"]);

/** "word TAB hsk2 TAB hsk3 TAB rank TAB particle(0/1)" for every listed word, sorted (compile time). */
export function buildHskLines(): string {
  const entries = new Map<string, Entry>();
  const entry = (word: string) => {
    let e = entries.get(word);
    if (!e) entries.set(word, (e = { hsk2: null, hsk3: null, rank: null, particle: false }));
    return e;
  };
  const read = (standard: "old" | "new", level: number) => readJsonFile<HskRecord[]>(path.join(dictDataDir(), "hsk", standard, `${level}.json`));
  // A word listed twice keeps its lowest level.
  for (let level = 1; level <= 6; level++) for (const r of read("old", level)) entry(r.s).hsk2 ??= level;
  for (let level = 1; level <= 7; level++) {
    for (const r of read("new", level)) {
      const e = entry(r.s);
      e.hsk3 ??= level;
      if (r.q && r.q > 0) e.rank ??= r.q;
      if ([...r.s].length === 1 && r.p?.length && PARTICLE_TAGS.has(r.p[0])) e.particle = true;
    }
  }
  const lines = [...entries].map(([w, e]) => [w, e.hsk2 ?? "", e.hsk3 ?? "", e.rank ?? "", e.particle ? 1 : 0].join("\t"));
  return sortLines(lines, "\t");
}

let table: SortedLines | null = null;
const cache = new BoundedMap<string, Entry | null>();

/** HSK lists no word with a digit (2024年, 3月): those are answered without a look-up or a cache entry. */
const DIGIT = /[0-9０-９]/;

function lookup(word: string): Entry | null {
  if (DIGIT.test(word)) return null;
  let e = cache.get(word);
  if (e === undefined) {
    table ??= new SortedLines(compiledBytes("hsk"), "\t");
    const line = table.find(word)[0];
    e = line === undefined ? null : parse(line);
    cache.set(word, e);
  }
  return e;
}

function parse(fields: string): Entry {
  const [h2, h3, rank, particle] = fields.split("\t");
  const num = (s: string) => (s ? Number(s) : null);
  return { hsk2: num(h2), hsk3: num(h3), rank: num(rank), particle: particle === "1" };
}

/** Rank of the word in a general frequency list (1 = most frequent), or null for words outside HSK 3.0. */
export function frequencyRank(word: string): number | null {
  return lookup(word)?.rank ?? null;
}

/** A one-character particle or interjection (的, 了, 吗, 啊): grammar, not vocabulary to learn. */
export function isParticle(word: string): boolean {
  return lookup(word)?.particle ?? false;
}

/** HSK 2.0 level 1–6, or null when the word is not in the lists. */
export function hsk2Level(word: string): number | null {
  return lookup(word)?.hsk2 ?? null;
}

/** HSK 3.0 level 1–7 (7 stands for the combined levels 7–9), or null. */
export function hsk3Level(word: string): number | null {
  return lookup(word)?.hsk3 ?? null;
}

let sizes: Map<number, number> | null = null;

/** Number of words introduced at each HSK 3.0 level (1–7). */
export function hsk3LevelSizes(): Map<number, number> {
  if (!sizes) {
    sizes = new Map();
    for (const line of compiledBytes("hsk").toString("utf8").split("\n")) {
      const level = line.split("\t")[2];
      if (level) sizes.set(Number(level), (sizes.get(Number(level)) ?? 0) + 1);
    }
  }
  return new Map(sizes);
}

export function loadHsk(): void {
  table ??= new SortedLines(compiledBytes("hsk"), "\t");
}
