import path from "node:path";
import { dictDataDir, readJsonFile } from "./data-files";

// HSK word lists (MIT, drkameleon/complete-hsk-vocabulary; see data/hsk/README.md). Files are
// "exclusive": each holds only the words introduced at that level. HSK 3.0 file 7 = levels 7–9.
interface HskRecord {
  s: string;
}

let levels: { hsk2: Map<string, number>; hsk3: Map<string, number> } | null = null;

function readLevels(standard: "old" | "new", count: number): Map<string, number> {
  const map = new Map<string, number>();
  for (let level = 1; level <= count; level++) {
    const records = readJsonFile<HskRecord[]>(path.join(dictDataDir(), "hsk", standard, `${level}.json`));
    // A word listed twice keeps its lowest level.
    for (const r of records) if (!map.has(r.s)) map.set(r.s, level);
  }
  return map;
}

function load() {
  levels ??= { hsk2: readLevels("old", 6), hsk3: readLevels("new", 7) };
  return levels;
}

/** HSK 2.0 level 1–6, or null when the word is not in the lists. */
export function hsk2Level(word: string): number | null {
  return load().hsk2.get(word) ?? null;
}

/** HSK 3.0 level 1–7 (7 stands for the combined levels 7–9), or null. */
export function hsk3Level(word: string): number | null {
  return load().hsk3.get(word) ?? null;
}

export function loadHsk(): void {
  load();
}
