// Import benchmark: `npm run bench:import` (pure pipeline vs the raw libraries) and
// `npm run bench:import -- --db` (adds the seed imported into PostgreSQL end to end, warm, and
// the reader's word statuses for a 15,000-character lesson and a learner with 5,000 notes);
// `-- --live` (after `npm run build`): another user's queue while a 200,000-character import builds
// in the worker (scripts/bench/import-live.ts).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
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

const SEED = path.join(process.cwd(), "prisma", "seed-data", "wang-yi-press-conference-2025-03-07.txt");

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(fn: () => void, runs: number): number {
  const times = Array.from({ length: runs }, () => time(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** Median CPU time (user + system) of this process per run: steadier than wall time when other jobs share the machine. */
function cpuMedian(fn: () => void, runs: number): number {
  const times = Array.from({ length: runs }, () => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

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

/**
 * 200,000 characters without repeats: the CPP dev sentences (../shared/data/cpp, or CPP_DIR; a
 * measuring input only), one paragraph each, with the g2pM sentence cache off, so every sentence is
 * analysed afresh as in a real long text. Skipped when the data is not there.
 */
function benchFreshText(runs: number): void {
  const file = path.join(process.env.CPP_DIR ?? path.join(process.cwd(), "..", "shared", "data", "cpp"), "dev.sent");
  if (!fs.existsSync(file)) {
    console.log(`Fresh text: skipped (${file} not found; set CPP_DIR)`);
    return;
  }
  const lines = fs.readFileSync(file, "utf8").split("\n").map((l) => l.replace(/\u2581/g, "").trim()).filter(Boolean);
  let text = "";
  for (const line of lines) {
    if (text.length + line.length + 1 > MAX_LESSON_CHARS) break;
    text += (text ? "\n" : "") + line;
  }
  const fresh = assertLessonText(text);
  const rawJieba = Jieba.withDict(jiebaDict);
  const rawRun = () => {
    rawJieba.cut(fresh, false);
    pinyin(fresh, { type: "array", toneSandhi: false });
  };
  g2pmModel().setCacheLimit(0);
  try {
    buildLesson(fresh); // warm-up: this text's words enter the caches as they would in a long-running process
    const pipelineCpu = cpuMedian(() => buildLesson(fresh), runs);
    const rawCpu = cpuMedian(rawRun, runs);
    const pipelineWall = median(() => buildLesson(fresh), runs);
    const rawWall = median(rawRun, runs);
    console.log(
      `Fresh text without repeats (${fresh.length} chars of CPP dev sentences, g2pM cache off): CPU ${ms(pipelineCpu)} / ${ms(rawCpu)} = ${(pipelineCpu / rawCpu).toFixed(2)}×, wall ${ms(pipelineWall)} / ${ms(rawWall)} = ${(pipelineWall / rawWall).toFixed(2)}×`,
    );
  } finally {
    g2pmModel().setCacheLimit();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, db: { type: "boolean", default: false }, live: { type: "boolean", default: false } } });
  const runs = Number(values.runs);
  const seed = fs.readFileSync(SEED, "utf8");

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
  const bigRuns = Math.max(3, Math.round(runs / 4));
  const pipeline = median(() => buildLesson(big), bigRuns);
  const rawJieba = Jieba.withDict(jiebaDict);
  const raw = median(() => {
    rawJieba.cut(big, false);
    pinyin(big, { type: "array", toneSandhi: false });
  }, bigRuns);
  console.log(`200k text (${big.length} chars): buildLesson median of ${bigRuns}: ${ms(pipeline)}`);
  console.log(`Raw libraries on the same text (jieba cut + pinyin-pro): ${ms(raw)}`);
  console.log(`Ratio pipeline / raw: ${(pipeline / raw).toFixed(2)}× (target ≤ 3×)`);
  const pipelineCpu = cpuMedian(() => buildLesson(big), bigRuns);
  const rawCpu = cpuMedian(() => {
    rawJieba.cut(big, false);
    pinyin(big, { type: "array", toneSandhi: false });
  }, bigRuns);
  console.log(`Same in CPU time of this process (steadier under load): ${ms(pipelineCpu)} / ${ms(rawCpu)} = ${(pipelineCpu / rawCpu).toFixed(2)}×`);
  // The text repeats the seed's sentences (only numbers change), so the g2pM per-sentence cache
  // answers most of them; fresh text of this size would not repeat: measure that too.
  g2pmModel().setCacheLimit(0);
  const uncached = median(() => buildLesson(big), bigRuns);
  g2pmModel().setCacheLimit();
  console.log(`Same, g2pM sentence cache off (as for text without repeats): ${ms(uncached)}, ratio ${(uncached / raw).toFixed(2)}×`);
  benchFreshText(bigRuns);
  if (values.db) await benchDatabaseImport(seed, runs);
  if (values.live) await (await import("./import-live")).benchImportLive(big);
}

await main();
