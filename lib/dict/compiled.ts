import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cedictDataFile, dictDataDir } from "./data-files";
import { builders } from "./compile-dict";

// What the pipeline loads at start (CC-CEDICT, the segmenter's dictionary, its tag table, the HSK
// levels) is compiled once into lib/dict/data/compiled/ by `npm run dict:compile` (run by
// postinstall and build), so a cold start reads a few files instead of parsing 15 MB of JSON and
// 350k dictionary lines.
// The files carry a key made of their sources; when a source changes (a glossary edit, a new
// cc-cedict, a change to the code that builds them) the first process to notice rebuilds them in
// memory and writes them back, so a stale file is never used.

export type ArtifactName = "cedict" | "jieba" | "tags" | "hsk" | "phrases" | "traditional";

// Bump when the format of an artifact changes without its builder files changing.
const FORMAT = "7";
const BUILDER_FILES = ["compiled.ts", "compile-dict.ts", "user-dict.ts", "cedict.ts", "names.ts", "idioms.ts", "sorted-lines.ts", "hsk.ts", "pinyin-pro-phrases.ts", "opencc.ts", "news-words.ts", "standard-readings.ts", "data-lines.ts"];

const memo = new Map<ArtifactName, Buffer>();
let fresh: boolean | null = null;

function compiledDir(): string {
  return path.join(dictDataDir(), "compiled");
}

function fileHash(hash: crypto.Hash, file: string): void {
  if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  hash.update("\0");
}

/** A digest of every input of the compiled files. */
export function sourcesKey(): string {
  const hash = crypto.createHash("sha1").update(FORMAT);
  const dir = dictDataDir();
  for (const f of ["glossary.json", "thuocl/THUOCL_chengyu.txt", "thuocl/THUOCL_lishimingren.txt", "thuocl/THUOCL_diming.txt", "people/public-figures.tsv", "news-words.tsv", "standard-readings.tsv"]) {
    fileHash(hash, path.join(dir, f));
  }
  for (let level = 1; level <= 7; level++) {
    if (level <= 6) fileHash(hash, path.join(dir, "hsk", "old", `${level}.json`));
    fileHash(hash, path.join(dir, "hsk", "new", `${level}.json`));
  }
  // Builder sources are hashed where they exist (a source checkout; not inside a bundle).
  for (const f of BUILDER_FILES) fileHash(hash, path.join(dir, "..", f));
  const cedict = cedictDataFile();
  hash.update(String(fs.statSync(cedict).size));
  fileHash(hash, path.join(path.dirname(cedict), "..", "package.json"));
  const jiebaPackage = path.join(path.dirname(cedict), "..", "..", "@node-rs", "jieba", "package.json");
  fileHash(hash, jiebaPackage);
  fileHash(hash, path.join(path.dirname(cedict), "..", "..", "pinyin-pro", "package.json"));
  return hash.digest("hex");
}

function isFresh(): boolean {
  if (fresh !== null) return fresh;
  try {
    fresh = fs.readFileSync(path.join(compiledDir(), "KEY"), "utf8").trim() === sourcesKey();
  } catch {
    fresh = false;
  }
  return fresh;
}

function writeAtomic(file: string, text: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Build every artifact in memory (in dependency order) and try to save them for the next start. */
export function compileAll(save = true): void {
  memo.clear();
  for (const name of ["cedict", "jieba", "tags", "hsk", "phrases", "traditional"] as const) memo.set(name, Buffer.from(builders[name](), "utf8"));
  fresh = true;
  if (!save) return;
  try {
    const dir = compiledDir();
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of memo) writeAtomic(path.join(dir, `${name}.txt`), text);
    writeAtomic(path.join(dir, "KEY"), sourcesKey());
  } catch {
    // A read-only deployment still works: the artifacts live in memory for this process.
  }
}

/** The UTF-8 bytes of one compiled artifact (from disk when fresh, else rebuilt). */
export function compiledBytes(name: ArtifactName): Buffer {
  const cached = memo.get(name);
  if (cached !== undefined) return cached;
  if (isFresh()) {
    try {
      const text = fs.readFileSync(path.join(compiledDir(), `${name}.txt`));
      memo.set(name, text);
      return text;
    } catch {
      fresh = false;
    }
  }
  compileAll();
  return memo.get(name)!;
}
