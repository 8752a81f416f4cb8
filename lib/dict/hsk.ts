import path from "node:path";
import { dictDataDir, readJsonFile } from "./data-files";

// HSK word lists (MIT, drkameleon/complete-hsk-vocabulary; see data/hsk/README.md). Files are
// "exclusive": each holds only the words introduced at that level. HSK 3.0 file 7 = levels 7–9.
// Each record also carries `q`, the word's rank in a general-corpus frequency list (1 = most
// frequent), and `p`, its parts of speech, most common first (jieba/ICTCLAS tags).
interface HskRecord {
  s: string;
  q?: number;
  p?: string[];
}

interface Levels {
  hsk2: Map<string, number>;
  hsk3: Map<string, number>;
  rank: Map<string, number>;
  particles: Set<string>;
}
let levels: Levels | null = null;

// Primary part of speech that marks a grammatical particle (u: 的 了 着 过, y: 吗 呢 吧) or an
// interjection (e: 啊 哎). Only single characters: 一样 or 似的 carry a "u" tag but are vocabulary.
const PARTICLE_TAGS = new Set(["u", "y", "e"]);

function readLevels(standard: "old" | "new", count: number, into?: Pick<Levels, "rank" | "particles">): Map<string, number> {
  const map = new Map<string, number>();
  for (let level = 1; level <= count; level++) {
    const records = readJsonFile<HskRecord[]>(path.join(dictDataDir(), "hsk", standard, `${level}.json`));
    // A word listed twice keeps its lowest level.
    for (const r of records) {
      if (!map.has(r.s)) map.set(r.s, level);
      if (!into) continue;
      if (r.q && r.q > 0 && !into.rank.has(r.s)) into.rank.set(r.s, r.q);
      if ([...r.s].length === 1 && r.p?.length && PARTICLE_TAGS.has(r.p[0])) into.particles.add(r.s);
    }
  }
  return map;
}

function load(): Levels {
  if (!levels) {
    const extra = { rank: new Map<string, number>(), particles: new Set<string>() };
    levels = { hsk2: readLevels("old", 6), hsk3: readLevels("new", 7, extra), ...extra };
  }
  return levels;
}

/** Rank of the word in a general frequency list (1 = most frequent), or null for words outside HSK 3.0. */
export function frequencyRank(word: string): number | null {
  return load().rank.get(word) ?? null;
}

/** A one-character particle or interjection (的, 了, 吗, 啊): grammar, not vocabulary to learn. */
export function isParticle(word: string): boolean {
  return load().particles.has(word);
}

/** HSK 2.0 level 1–6, or null when the word is not in the lists. */
export function hsk2Level(word: string): number | null {
  return load().hsk2.get(word) ?? null;
}

/** HSK 3.0 level 1–7 (7 stands for the combined levels 7–9), or null. */
export function hsk3Level(word: string): number | null {
  return load().hsk3.get(word) ?? null;
}

/** Number of words introduced at each HSK 3.0 level (1–7). */
export function hsk3LevelSizes(): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const level of load().hsk3.values()) sizes.set(level, (sizes.get(level) ?? 0) + 1);
  return sizes;
}

export function loadHsk(): void {
  load();
}
