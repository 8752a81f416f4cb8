// Polyphone benchmark: `npm run bench:pinyin [-- --limit N] [-- --dump FILE]`. Accuracy on the marked character of
// the CPP dev split (Park & Lee 2020; ../shared/data/cpp, or CPP_DIR): the whole pipeline
// (segmentation + pinyinForTokens), the g2pM model alone, and pinyin-pro alone, with time.
// Lenient: a neutral tone counts as the full tone of the same syllable (CPP writes 晚上 shàng where
// dictionaries have wǎnshang); strict: exact. --dump writes the pipeline's reading of every marked
// character (number, label, reading, sentence; tab-separated) so two versions can be diffed. CPP is only a measuring input, never read by the app.
// Then the same figures on our own sentences (tests/fixtures/heldout/, 15 genres): the dev half
// (`-- --misses` lists the pipeline's misses there), the dev sentences in traditional characters,
// and the test half (never listed, never tuned on).
// `-- --own FILE` scores only FILE (same format: reading TAB sentence with ▁ before the character)
// and lists its misses: a reader's own sentences, or a new batch measured before it is read.
// Sentences in traditional characters are read through their simplified copy, as lessons read them.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pinyin } from "pinyin-pro";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { detectScript, toSimplified } from "@/lib/text/script";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { numberSyllable } from "@/lib/text/pinyin-syllables";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";

const MARK = "\u2581";

interface Item {
  chars: string[];
  at: number;
  label: string;
}

function loadCpp(): Item[] {
  const dir = process.env.CPP_DIR ?? path.join(process.cwd(), "..", "shared", "data", "cpp");
  const sentFile = path.join(dir, "dev.sent");
  const labelFile = path.join(dir, "dev.lb");
  if (!fs.existsSync(sentFile) || !fs.existsSync(labelFile)) {
    console.error(`CPP dev split not found: expected ${sentFile} and ${labelFile}. Set CPP_DIR to the folder holding dev.sent and dev.lb.`);
    process.exit(1);
  }
  const sentences = fs.readFileSync(sentFile, "utf8").split("\n").filter(Boolean);
  const labels = fs.readFileSync(labelFile, "utf8").split("\n").filter(Boolean);
  if (sentences.length !== labels.length) throw new Error("dev.sent and dev.lb differ in length");
  return sentences.map((line, i) => marked(line, labels[i].trim().replace("u:", "ü")));
}

/** A sentence with ▁ before the character its label reads. */
function marked(sentence: string, label: string): Item {
  const raw = [...sentence];
  return { chars: raw.filter((c) => c !== MARK), at: raw.indexOf(MARK), label };
}

function loadOwn(half: "dev" | "test" | "traditional-dev"): Item[] {
  return loadTsv(path.join(process.cwd(), "tests", "fixtures", "heldout", `polyphones-${half}.tsv`));
}

function loadTsv(file: string): Item[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((line) => {
      const [label, sentence] = line.split("\t");
      // ü may be written v (lv4) or u: (lu:4), as in many pinyin tools.
      return marked(sentence, label.trim().replace(/v|u:/, "ü"));
    });
}

/**
 * The text the pipeline reads: a sentence in traditional characters through its simplified copy
 * (same length), as a lesson reads it (build-lesson.ts).
 */
const analysedCopy = (written: string) => (detectScript(written) === "traditional" ? toSimplified(written) : written);

/** The pipeline's syllable (numbered) for each character of a sentence. */
function pipelineSyllables(chars: string[]): string[] {
  const sentence = analysedCopy(chars.join(""));
  // With the segments, as a lesson reads them: their marks (a joined name's surname) count.
  const segments = segmentSentence(sentence);
  const tokens = segments.map((t) => t.text);
  const readings = pinyinForTokens(sentence, tokens, segments);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const groups = readings[i] ? rubyGroups(token, readings[i]) : null;
    if (!groups) {
      out.push(...[...token].map(() => "?"));
      return;
    }
    for (const g of groups) {
      const cs = [...g.text];
      const syllable = g.pinyin ?? "?";
      // An er-hua group (点儿 diǎnr): the character keeps its syllable, 儿 is r.
      if (cs.length === 2 && cs[1] === "儿" && syllable.endsWith("r")) out.push(numberSyllable(syllable.slice(0, -1)), "r5");
      else out.push(...cs.map(() => (g.pinyin && cs.length === 1 ? numberSyllable(syllable) : "?")));
    }
  });
  return out;
}

function score(name: string, items: Item[], predict: (item: Item) => string, ms: number): void {
  let strict = 0;
  let lenient = 0;
  for (const item of items) {
    const p = predict(item);
    if (p === item.label) strict++;
    const sameBase = p.slice(0, -1) === item.label.slice(0, -1);
    if (p === item.label || (sameBase && (p.endsWith("5") || item.label.endsWith("5")))) lenient++;
  }
  const pct = (n: number) => `${((100 * n) / items.length).toFixed(2)}%`;
  console.log(`${name.padEnd(34)} lenient ${pct(lenient)}  strict ${pct(strict)}  time ${ms.toFixed(0)} ms`);
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const { values } = parseArgs({ options: { limit: { type: "string" }, dump: { type: "string" }, misses: { type: "boolean", default: false }, own: { type: "string" } } });
const [, segmenterLoad] = timed(getSegmenter);
const [model, modelLoad] = timed(g2pmModel);
console.log(`Load (once per process): g2pM model ${modelLoad.toFixed(1)} ms, segmenter + dictionaries ${segmenterLoad.toFixed(0)} ms`);

function measure(set: Item[]): string[] {
  const [pipeline, pipelineMs] = timed(() => set.map((it) => pipelineSyllables(it.chars)[it.at]));
  score("pipeline (segment + pinyin)", set, (it) => pipeline[set.indexOf(it)], pipelineMs);
  const [alone, modelMs] = timed(() =>
    set.map((it) => {
      const p = model.predict(it.chars, [it.at]).get(it.at);
      return p ? p.classes[p.logProbs.indexOf(Math.max(...p.logProbs))].replace("u:", "ü") : "?";
    }),
  );
  score("g2pM model alone (masked)", set, (it) => alone[set.indexOf(it)], modelMs);
  const [pro, proMs] = timed(() =>
    set.map((it) => {
      const r = pinyin(it.chars.join(""), { type: "array", toneType: "num", toneSandhi: false, v: true })[it.at] ?? "?";
      return r.replace("v", "ü").replace(/^([a-zü]+)$/, "$15").replace(/0$/, "5");
    }),
  );
  score("pinyin-pro alone", set, (it) => pro[set.indexOf(it)], proMs);
  return pipeline;
}

/** The pipeline's misses in a set (lenient), with the token holding the character, pinyin-pro's and g2pM's choice. */
function listMisses(set: Item[], readings: string[]): void {
  set.forEach((it, i) => {
    const p = readings[i];
    const lenient = p === it.label || (p.slice(0, -1) === it.label.slice(0, -1) && (p.endsWith("5") || it.label.endsWith("5")));
    if (lenient) return;
    const sentence = it.chars.join("");
    const cut = segmentSentence(analysedCopy(sentence)).map((t) => t.text);
    const pro = pinyin(sentence, { type: "array", toneType: "num", toneSandhi: false, v: true })[it.at]?.replace("v", "ü") ?? "?";
    const g = model.predict(it.chars, [it.at]).get(it.at);
    const best = g ? g.logProbs.indexOf(Math.max(...g.logProbs)) : -1;
    const g2pm = g ? `${g.classes[best]} (${Math.exp(g.logProbs[best]).toFixed(2)})` : "-";
    console.log(`  miss: ${it.chars[it.at]} ${p}, should be ${it.label}; pinyin-pro ${pro}, g2pM ${g2pm}  ${cut.join("|")}`);
  });
}

if (values.own) {
  if (!fs.existsSync(values.own)) {
    console.error(`--own: no file ${values.own} (expected lines "reading TAB sentence with ▁ before the character")`);
    process.exit(2);
  }
  const own = loadTsv(values.own);
  const unmarked = own.filter((it) => it.at < 0 || !it.label).length;
  if (unmarked || !own.length) {
    console.error(`--own: ${values.own} has ${own.length ? `${unmarked} line(s) without a reading or a ▁ mark` : "no sentences"}`);
    process.exit(2);
  }
  console.log(`${values.own}: ${own.length} sentences.`);
  listMisses(own, measure(own));
} else {
  const all = loadCpp();
  const items = values.limit ? all.slice(0, Number(values.limit)) : all;
  const characters = items.reduce((n, it) => n + it.chars.length, 0);
  console.log(`CPP dev: ${items.length} sentences, ${characters} characters; accuracy on the marked polyphone.`);
  const pipeline = measure(items);
  if (values.dump) {
    const lines = items.map((it, i) => [i + 1, it.label, pipeline[i], it.chars.join("")].join("\t"));
    fs.writeFileSync(values.dump, lines.join("\n") + "\n");
  }
  const dev = loadOwn("dev");
  console.log(`\nOur own sentences, dev half (15 genres; may be read for error classes): ${dev.length} sentences.`);
  const devReadings = measure(dev);
  if (values.misses) listMisses(dev, devReadings);
  const traditional = loadOwn("traditional-dev");
  console.log(`\nOur own sentences in traditional characters (dev; read through their simplified copy): ${traditional.length} sentences.`);
  const traditionalReadings = measure(traditional);
  if (values.misses) listMisses(traditional, traditionalReadings);
  const test = loadOwn("test");
  console.log(`\nOur own sentences, test half (never read while tuning): ${test.length} sentences.`);
  measure(test);
}
