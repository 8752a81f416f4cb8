// Names kept whole: `npm run bench:names`. For each line "name TAB sentence" of our own names file
// (tests/fixtures/heldout/names-dev.tsv: people Chinese and foreign, places, organisations, in news
// sentences of our own), builds the sentence as a lesson and counts the names that come out as one
// token, and as one token of kind name (or, for an organisation CC-CEDICT has as a word, any kind
// with a gloss), or inside a longer name token (加沙地带). `-- --own FILE` scores another file of the same shape and lists its misses: a new
// batch measured before anyone reads it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildLesson } from "@/lib/text/build-lesson";

const { values } = parseArgs({ options: { own: { type: "string" }, misses: { type: "boolean", default: false } } });
const file = values.own ?? path.join(process.cwd(), "tests", "fixtures", "heldout", "names-dev.tsv");
if (!fs.existsSync(file)) {
  console.error(`no file ${file} (expected lines "name TAB sentence")`);
  process.exit(2);
}
const items = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const [name, sentence] = l.split("\t");
    return { name: name.trim(), sentence: sentence?.trim() ?? "" };
  });
const bad = items.filter((it) => !it.sentence || !it.sentence.includes(it.name));
if (bad.length) {
  console.error(`${file}: ${bad.length} line(s) whose sentence does not hold the name`);
  process.exit(2);
}

let whole = 0;
let named = 0;
let glossed = 0;
let inside = 0;
const misses: string[] = [];
const start = performance.now();
for (const { name, sentence } of items) {
  const tokens = buildLesson(sentence).sentences.flatMap((s) => s.tokens);
  const token = tokens.find((t) => t.text === name);
  if (token) {
    whole++;
    if (token.kind === "name") named++;
    if (token.kind === "name" || token.gloss) glossed++;
    else misses.push(`  no gloss: ${name} <${token.kind}>  ${tokens.map((t) => t.text).join("|")}`);
    continue;
  }
  // Inside a longer name (阿勒泰 in 阿勒泰地区, 加沙 in 加沙地带): whole, and a name.
  const longer = tokens.find((t) => t.kind === "name" && t.text.includes(name));
  if (longer) {
    inside++;
    continue;
  }
  misses.push(`  cut: ${name}  ${tokens.map((t) => (t.kind === "name" ? `[${t.text}]` : t.text)).join("|")}`);
}
const pct = (n: number) => `${((100 * n) / items.length).toFixed(2)}%`;
console.log(`${path.relative(process.cwd(), file)}: ${items.length} names in sentences (${(performance.now() - start).toFixed(0)} ms)`);
console.log(`one token: ${pct(whole)} (${whole}); of kind name: ${pct(named)} (${named}); one token that is a name or has a gloss: ${pct(glossed)} (${glossed})`);
console.log(`whole, as one token or inside a longer name (加沙 in 加沙地带): ${pct(whole + inside)} (${whole + inside})`);
if (values.own || values.misses) for (const m of misses) console.log(m);
