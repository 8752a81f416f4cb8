// Import pipeline benchmark: `npm run bench:import` (tsx). Pure code only; a later `--db` flag can
// time the database import end to end (left to lib/server; see the TODO in main()).
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

/**
 * ~200,000 characters from the seed: its paragraphs in a different order each round, with the
 * numbers changed, so caches keyed on whole sentences cannot help.
 */
function bigText(seed: string): string {
  const paragraphs = seed.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; ; round++) {
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[(i * 7 + round) % paragraphs.length].replace(/\d+/g, (n) => String(Number(n) + round));
      if (length + p.length + 2 > MAX_LESSON_CHARS) return parts.join("\n\n");
      parts.push(p);
      length += p.length + 2;
    }
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
  const runs = Number(values.runs);
  const seed = fs.readFileSync(SEED, "utf8");

  const load = {
    cedict: time(loadCedict),
    hsk: time(loadHsk),
    glossary: time(() => glossaryEntry("人类命运共同体")),
    segmenter: time(getSegmenter),
  };
  const loadTotal = Object.values(load).reduce((a, b) => a + b, 0);
  console.log(`Dictionary load (cold, once): ${ms(loadTotal)}  (${Object.entries(load).map(([k, v]) => `${k} ${ms(v)}`).join(", ")})`);

  const firstSeed = time(() => buildLesson(seed));
  console.log(`Seed transcript (${seed.length} chars): first run ${ms(firstSeed)}, warm median of ${runs}: ${ms(median(() => buildLesson(seed), runs))}`);

  const big = assertLessonText(bigText(seed));
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
  // TODO(lead): `--db` — time importLessonCli(buildLesson(big)) against the database here.
}

main();
