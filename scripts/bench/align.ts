// Alignment benchmark: `npm run bench:align`. A 200+-sentence press conference with its English
// (the parallel test passage, nine rounds with the numbers changed each round so no two rounds
// are the same text), built once, then the aligner alone timed: first run and median of 20.
import fs from "node:fs";
import path from "node:path";
import { alignTranslation } from "@/lib/text/align-translation";
import { buildLesson } from "@/lib/text/build-lesson";

const DIR = path.join(process.cwd(), "tests", "fixtures", "parallel");
const ROUNDS = 9;

function rounds(file: string): string {
  const text = fs.readFileSync(path.join(DIR, file), "utf8");
  const body = text.split(/\n\s*\n/).slice(1).join("\n\n"); // the title once, not per round
  const parts = Array.from({ length: ROUNDS }, (_, r) => body.replace(/\d+/g, (n) => String(Number(n) + r * 3)));
  return `${text.split(/\n/)[0]}\n\n${parts.join("\n\n")}`;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const zh = buildLesson(rounds("regular-press-conference.zh.txt"));
const en = rounds("regular-press-conference.en.txt");
let result = alignTranslation(zh.sentences, en);
const first = time(() => (result = alignTranslation(zh.sentences, en)));
const runs = Array.from({ length: 20 }, () => time(() => alignTranslation(zh.sentences, en))).sort((a, b) => a - b);
const matched = result.spans.filter(Boolean).length;
console.log(`sentences: ${zh.sentences.length} Chinese, ${result.english.length} English; ${matched} Chinese sentences matched`);
console.log(`align (second run): ${first.toFixed(1)} ms`);
console.log(`align median of 20: ${runs[10].toFixed(1)} ms (min ${runs[0].toFixed(1)}, max ${runs[19].toFixed(1)}); target < 100 ms`);
