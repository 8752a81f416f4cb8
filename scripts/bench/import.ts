// Import benchmark: `npm run bench:import` (pure pipeline vs the raw libraries) and
// `npm run bench:import -- --db` (adds the seed imported into PostgreSQL end to end, warm, and
// the reader's word statuses for a 15,000-character lesson and a learner with 5,000 notes);
// `-- --named-only` stops after the named figure (the seed-based 200,000 characters against
// pinyin-pro alone), for a quick look; `-- --live` (after `npm run build`): another user's queue while a 200,000-character import builds
// in the worker (scripts/bench/import-live.ts).
// It runs from an esbuild bundle (scripts/run-bundled.mjs), as the worker's lesson builder thread
// runs the pipeline; `npx tsx --conditions=react-server scripts/bench/import.ts` measures the same
// code through tsx (15-20 % slower: see scripts/bundle-cache.mjs).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { Jieba } from "@node-rs/jieba";
import { dict as jiebaDict } from "@node-rs/jieba/dict.js";
import { pinyin } from "pinyin-pro";
import { buildLesson } from "@/lib/text/build-lesson";
import { MAX_LESSON_CHARS, assertLessonText } from "@/lib/text/decode-input";
import { getSegmenter } from "@/lib/text/segment";
import { loadCedict } from "@/lib/dict/cedict";
import { loadHsk } from "@/lib/dict/hsk";
import { glossaryEntry } from "@/lib/dict/glossary";
import { benchWordStatus } from "./word-status";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";
import { seedVariantText } from "./seed-text";
import { warmUpLessonBuilder, warmUpVocabulary, warmWordsSetting } from "@/lib/server/jobs/warm-up";
import { clearBoundedMaps } from "@/lib/text/bounded-map";
import { DEMO_TRANSCRIPT } from "@/lib/server/seed/demo-transcript";

const SEED = DEMO_TRANSCRIPT;

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(fn: () => void, runs: number): number {
  const times = Array.from({ length: runs }, () => time(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall and CPU time (user + system of this process, so V8's GC helper threads too) of one run. */
function measure(fn: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

type Time = { wall: number; cpu: number };
type Range = { median: number; min: number; max: number };

interface Versus {
  pipeline: Time;
  /** jieba's cut and pinyin-pro, one after the other. */
  raw: Time;
  /** pinyin-pro alone (its share of raw). */
  pinyinPro: Time;
  /** Medians and ranges of the per-pair ratios pipeline / raw and pipeline / pinyin-pro alone. */
  cpuRatio: Range;
  wallRatio: Range;
  cpuRatioPinyinPro: Range;
  wallRatioPinyinPro: Range;
}

/**
 * The pipeline against the raw libraries in alternating pairs (pipeline, raw, pipeline, raw…), each
 * pair's ratio taken on its own: on a shared machine the load changes between seconds, and a
 * ratio of two medians taken a minute apart measures the load as much as the code.
 */
function versus(pipelineRun: () => void, text: string, runs: number): Versus {
  const rawJieba = jieba();
  const p: Time[] = [];
  const r: Time[] = [];
  const pp: Time[] = [];
  for (let i = 0; i < runs; i++) {
    p.push(measure(pipelineRun));
    const cut = measure(() => rawJieba.cut(text, false));
    const py = measure(() => pinyin(text, { type: "array", toneSandhi: false }));
    pp.push(py);
    r.push({ wall: cut.wall + py.wall, cpu: cut.cpu + py.cpu });
  }
  const ratios = (key: keyof Time, base: Time[]): Range => {
    const values = p.map((x, i) => x[key] / base[i][key]).sort((a, b) => a - b);
    return { median: medianOf(values), min: values[0], max: values[values.length - 1] };
  };
  const medians = (xs: Time[]): Time => ({ wall: medianOf(xs.map((x) => x.wall)), cpu: medianOf(xs.map((x) => x.cpu)) });
  return {
    pipeline: medians(p),
    raw: medians(r),
    pinyinPro: medians(pp),
    cpuRatio: ratios("cpu", r),
    wallRatio: ratios("wall", r),
    cpuRatioPinyinPro: ratios("cpu", pp),
    wallRatioPinyinPro: ratios("wall", pp),
  };
}

let rawJiebaInstance: Jieba | null = null;
/** jieba with its own default dictionary, as a program using the library directly would cut. */
function jieba(): Jieba {
  rawJiebaInstance ??= Jieba.withDict(jiebaDict);
  return rawJiebaInstance;
}

const ratio = (x: { median: number; min: number; max: number }, of = "pairs") => `${x.median.toFixed(2)}× (${of} ${x.min.toFixed(2)}–${x.max.toFixed(2)}×)`;

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function benchDatabaseImport(seed: string, runs: number): Promise<void> {
  const { openDatabaseServer, withDatabase } = await import("../db/local-postgres");
  const { migrateDatabase } = await import("@/lib/server/db/migrate");
  const pg = (await import("pg")).default;
  const server = await openDatabaseServer(() => {});
  const name = `bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = withDatabase(server.adminUrl, name);
    await migrateDatabase(url, path.join(process.cwd(), "prisma", "migrations"));
    process.env.DATABASE_URL = url;
    const { getDb } = await import("@/lib/server/db");
    const { createLesson } = await import("@/lib/server/lessons/create-lesson");
    const user = await getDb().user.create({ data: { email: "bench@bench.local", name: "Bench" } });
    await createLesson({ ownerId: user.id, text: seed }); // warm-up: dictionaries, pool, plan cache
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await createLesson({ ownerId: user.id, text: seed });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`Seed imported into PostgreSQL end to end (pipeline + one transaction), warm median of ${runs}: ${ms(times[Math.floor(runs / 2)])} (min ${ms(times[0])}, max ${ms(times[runs - 1])}) (target < 300 ms)`);
    await benchWordStatus(seed, runs);
    await getDb().$disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

/** 200,000 characters of the CPP dev sentences (../shared/data/cpp, or CPP_DIR; a measuring input only), one paragraph each; null without the data. */
function freshText(): string | null {
  return cppTexts()?.fresh ?? null;
}

/** freshText and, as a second text, the CPP dev sentences after it (about 130,000 characters). */
function cppTexts(): { fresh: string; rest: string } | null {
  const file = path.join(process.env.CPP_DIR ?? path.join(process.cwd(), "..", "shared", "data", "cpp"), "dev.sent");
  if (!fs.existsSync(file)) {
    console.log(`Fresh text: skipped (${file} not found; set CPP_DIR)`);
    return null;
  }
  const lines = fs.readFileSync(file, "utf8").split("\n").map((l) => l.replace(/\u2581/g, "").trim()).filter(Boolean);
  let text = "";
  let used = 0;
  for (const line of lines) {
    if (text.length + line.length + 1 > MAX_LESSON_CHARS) break;
    text += (text ? "\n" : "") + line;
    used++;
  }
  return { fresh: assertLessonText(text), rest: lines.slice(used).join("\n") };
}

/**
 * `--first-build` (a child process of this benchmark): the first build of the fresh text in a
 * process warmed up as the worker's builder thread is when it starts (lib/server/jobs/warm-up.ts:
 * dictionaries, the seed built once, the model's projections); and pinyin-pro's first call on the
 * same text after one on the seed. Prints one JSON line.
 * With `--code-warm`, the rest of CPP dev is built first and every word cache then emptied: the
 * compiler has done its work (in a fresh process it compiles and recompiles the pipeline's large
 * functions during the first long build, ~1.5 s of CPU on a second core), so what is left is the
 * cost of words new to the caches, which every long import of an unfamiliar text pays.
 */
function firstBuildChild(seed: string, codeWarm: boolean, vocabulary: boolean): void {
  const texts = cppTexts();
  if (!texts) return;
  const { fresh, rest } = texts;
  warmUpLessonBuilder();
  if (vocabulary) warmUpVocabulary(warmWordsSetting());
  if (codeWarm) {
    buildLesson(rest);
    pinyin(rest, { type: "array", toneSandhi: false });
    clearBoundedMaps();
  }
  pinyin(seed, { type: "array", toneSandhi: false });
  g2pmModel().setCacheLimit(0);
  const pinyinPro = measure(() => pinyin(fresh, { type: "array", toneSandhi: false }));
  const pipeline = measure(() => buildLesson(fresh));
  console.log(JSON.stringify({ pipeline, pinyinPro }));
}

/**
 * The fresh text's first build, in `children` processes one after another (a first build happens
 * once per process): every word is new to the caches, as in a real import of a text unlike the
 * ones before. Median and range of the per-process ratios.
 */
type FirstBuild = "new" | "vocabulary" | "code-warm";

function benchFirstBuild(children: number, kind: FirstBuild): void {
  const results: { pipeline: Time; pinyinPro: Time }[] = [];
  for (let i = 0; i < children; i++) {
    const args = [path.join(process.cwd(), "scripts", "run-bundled.mjs"), path.join("scripts", "bench", "import.ts"), "--first-build", ...(kind === "new" ? [] : [`--${kind}`])];
    const out = execFileSync(process.execPath, [...process.execArgv, ...args], { encoding: "utf8" });
    const line = out.trim().split("\n").pop();
    if (line?.startsWith("{")) results.push(JSON.parse(line));
  }
  if (!results.length) return;
  const range = (values: number[]): Range => {
    const sorted = [...values].sort((a, b) => a - b);
    return { median: medianOf(sorted), min: sorted[0], max: sorted[sorted.length - 1] };
  };
  const cpu = range(results.map((r) => r.pipeline.cpu));
  const wall = range(results.map((r) => r.pipeline.wall));
  const what = {
    new: "first build, before the builder's vocabulary warm-up (words new to the caches, code new to the compiler",
    vocabulary: `first build after the builder thread's vocabulary warm-up (the ${warmWordsSetting().toLocaleString("en")} commonest words, LESSON_WARM_WORDS: a worker some seconds after its start`,
    "code-warm": "first build, code already compiled (another long text built, then every word cache emptied",
  }[kind];
  console.log(`  ${what}; ${results.length} processes): CPU ${ms(cpu.median)} (${ms(cpu.min)}–${ms(cpu.max)}), wall ${ms(wall.median)}; pinyin-pro's first call ${ms(medianOf(results.map((r) => r.pinyinPro.cpu)))} CPU; ratio to pinyin-pro alone ${ratio(range(results.map((r) => r.pipeline.cpu / r.pinyinPro.cpu)), "processes")} (CPU), ${ratio(range(results.map((r) => r.pipeline.wall / r.pinyinPro.wall)), "processes")} (wall)`);
}

/**
 * 200,000 characters without repeats (freshText), with the g2pM sentence cache off, so every
 * sentence is analysed afresh as in a real long text: first the text's first build (benchFirstBuild),
 * then builds of it again, its words now in the caches as in a long-running process that has seen
 * them. Skipped when the data is not there.
 */
function benchFreshText(runs: number): void {
  const fresh = freshText();
  if (!fresh) return;
  console.log(`Fresh text without repeats (${fresh.length} chars of CPP dev sentences, g2pM cache off):`);
  benchFirstBuild(3, "new");
  benchFirstBuild(3, "vocabulary");
  benchFirstBuild(3, "code-warm");
  g2pmModel().setCacheLimit(0);
  try {
    buildLesson(fresh); // warm-up: this text's words enter the caches as they would in a long-running process
    const v = versus(() => buildLesson(fresh), fresh, runs);
    console.log(`  built again (its words in the caches), ${runs} alternating pairs:`);
    console.log(`  CPU: pipeline ${ms(v.pipeline.cpu)}, jieba + pinyin-pro ${ms(v.raw.cpu)}, pinyin-pro alone ${ms(v.pinyinPro.cpu)}; ratio ${ratio(v.cpuRatio)}, to pinyin-pro alone ${ratio(v.cpuRatioPinyinPro)} (target ≤ 3×)`);
    console.log(`  wall: pipeline ${ms(v.pipeline.wall)}, jieba + pinyin-pro ${ms(v.raw.wall)}, pinyin-pro alone ${ms(v.pinyinPro.wall)}; ratio ${ratio(v.wallRatio)}, to pinyin-pro alone ${ratio(v.wallRatioPinyinPro)}`);
  } finally {
    g2pmModel().setCacheLimit();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, db: { type: "boolean", default: false }, live: { type: "boolean", default: false }, "first-build": { type: "boolean", default: false }, "code-warm": { type: "boolean", default: false }, vocabulary: { type: "boolean", default: false }, "named-only": { type: "boolean", default: false } } });
  const runs = Number(values.runs);
  const seed = fs.readFileSync(SEED, "utf8");
  if (values["first-build"]) return firstBuildChild(seed, values["code-warm"], values.vocabulary);

  const load = {
    cedict: time(loadCedict),
    hsk: time(loadHsk),
    glossary: time(() => glossaryEntry("人类命运共同体")),
    segmenter: time(getSegmenter),
    g2pm: time(g2pmModel),
  };
  const loadTotal = Object.values(load).reduce((a, b) => a + b, 0);
  console.log(`Dictionary load (cold, once): ${ms(loadTotal)}  (${Object.entries(load).map(([k, v]) => `${k} ${ms(v)}`).join(", ")})`);

  const firstSeed = time(() => buildLesson(seed));
  console.log(`Seed transcript (${seed.length} chars): first run ${ms(firstSeed)}, warm median of ${runs}: ${ms(median(() => buildLesson(seed), runs))}`);

  const big = assertLessonText(seedVariantText(seed, MAX_LESSON_CHARS));
  // Ten alternating pairs by default: on a shared machine a median of five moved by ±0.4× between runs.
  const bigRuns = Math.max(5, Math.round(runs / 2));
  const v = versus(() => buildLesson(big), big, bigRuns);
  console.log(`200k text (${big.length} chars): buildLesson median of ${bigRuns}: ${ms(v.pipeline.wall)}`);
  console.log(`Raw libraries on the same text: jieba cut + pinyin-pro ${ms(v.raw.wall)}, pinyin-pro alone ${ms(v.pinyinPro.wall)}`);
  console.log(`Ratio pipeline / raw, ${bigRuns} alternating pairs: ${ratio(v.wallRatio)}; to pinyin-pro alone ${ratio(v.wallRatioPinyinPro)} (target ≤ 3×)`);
  console.log(`Same in CPU time of this process (steadier under load): ${ms(v.pipeline.cpu)} / ${ms(v.raw.cpu)} (pinyin-pro alone ${ms(v.pinyinPro.cpu)}), ratio ${ratio(v.cpuRatio)}; to pinyin-pro alone ${ratio(v.cpuRatioPinyinPro)}`);
  // The text repeats the seed's sentences (only numbers change), so the g2pM per-sentence cache
  // answers most of them; fresh text of this size would not repeat: measure that too.
  g2pmModel().setCacheLimit(0);
  const uncached = versus(() => buildLesson(big), big, bigRuns);
  g2pmModel().setCacheLimit();
  console.log(`Same, g2pM sentence cache off (as for text without repeats): ${ms(uncached.pipeline.wall)}, ratio ${ratio(uncached.wallRatio)}; to pinyin-pro alone ${ratio(uncached.wallRatioPinyinPro)}`);
  if (values["named-only"]) return;
  benchFreshText(Math.max(bigRuns, 7));
  if (values.db) await benchDatabaseImport(seed, runs);
  if (values.live) await (await import("./import-live")).benchImportLive(big);
}

await main();
