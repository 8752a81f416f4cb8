// Glossary coverage per genre: `npm run bench:glossary`. For each fixture text in
// tests/fixtures/genres with a hand-made list of its set phrases (formulations.json), prints how
// many the glossary knows (as a term or variant) and how many the built lesson marks (a token
// carries that entry's id), and the dropped lines with their reasons.
import fs from "node:fs";
import path from "node:path";
import { buildLesson } from "@/lib/text/build-lesson";
import { glossaryEntry } from "@/lib/dict/glossary";
import { summarizeDropped } from "@/lib/text/dropped-line";

const DIR = path.join(process.cwd(), "tests", "fixtures", "genres");
const HAN_ONLY = /[^\p{Script=Han}]/gu;
const lists = JSON.parse(fs.readFileSync(path.join(DIR, "formulations.json"), "utf8")) as Record<string, string[] | string>;

function lookup(form: string) {
  return glossaryEntry(form) ?? glossaryEntry(form.replace(HAN_ONLY, ""));
}

let known = 0;
let marked = 0;
let total = 0;
console.log(`${"fixture".padEnd(38)}known   marked  dropped lines`);
for (const [file, forms] of Object.entries(lists)) {
  if (!Array.isArray(forms)) continue;
  const lesson = buildLesson(fs.readFileSync(path.join(DIR, file), "utf8"));
  const ids = new Set(lesson.sentences.flatMap((s) => s.tokens.map((t) => t.glossaryId)).filter(Boolean));
  const k = forms.filter((f) => lookup(f)).length;
  const m = forms.filter((f) => ids.has(lookup(f)?.id ?? "")).length;
  known += k;
  marked += m;
  total += forms.length;
  const missing = forms.filter((f) => !lookup(f));
  console.log(
    `${file.padEnd(38)}${`${k}/${forms.length}`.padEnd(8)}${`${m}/${forms.length}`.padEnd(8)}${lesson.dropped.length} ${summarizeDropped(lesson.dropped)}`,
  );
  if (missing.length) console.log(`  not in the glossary: ${missing.join(", ")}`);
}
console.log(`all: known ${known}/${total} (${((100 * known) / total).toFixed(1)}%), marked ${marked}/${total} (${((100 * marked) / total).toFixed(1)}%)`);

// Gloss coverage: every token with Han characters should carry an English gloss or be a name.
// Counted over the seed and every genre fixture (tokens, not distinct words), with the commonest
// tokens that still lack one.
const HAS_HAN = /\p{Script=Han}/u;
const texts = [
  path.join(process.cwd(), "prisma", "seed-data", "wang-yi-press-conference-2025-03-07.txt"),
  ...fs.readdirSync(DIR).filter((f) => /\.(txt|srt|vtt|html)$/.test(f)).map((f) => path.join(DIR, f)),
];
/** Tokens with Han characters, those with a gloss or that are names, and the commonest without. */
function coverage(lessonTexts: string[]): { han: number; covered: number; commonest: string[] } {
  let han = 0;
  let covered = 0;
  const lacking = new Map<string, number>();
  for (const text of lessonTexts) {
    let lesson;
    try {
      lesson = buildLesson(text);
    } catch {
      continue; // fixtures that are refused on purpose (no Chinese body, only headlines)
    }
    for (const t of lesson.sentences.flatMap((s) => s.tokens)) {
      if (!HAS_HAN.test(t.text)) continue;
      han++;
      if (t.gloss || t.kind === "name") covered++;
      else lacking.set(t.text, (lacking.get(t.text) ?? 0) + 1);
    }
  }
  const commonest = [...lacking].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([w, n]) => `${w}×${n}`);
  return { han, covered, commonest };
}
const share = (c: { han: number; covered: number }) => `${c.covered}/${c.han} Han tokens (${((100 * c.covered) / c.han).toFixed(1)}%)`;

const ours = coverage(texts.map((file) => fs.readFileSync(file, "utf8")));
console.log(`gloss or name: ${share(ours)} in the seed and ${texts.length - 1} fixtures; commonest without: ${ours.commonest.join(" ")}`);

// Another register: the first 3,000 sentences of the CPP dev split (encyclopaedic and everyday
// Chinese; ../shared/data/cpp or CPP_DIR; a measuring input only), one lesson of 100 sentences at a time.
const cppFile = path.join(process.env.CPP_DIR ?? path.join(process.cwd(), "..", "shared", "data", "cpp"), "dev.sent");
if (fs.existsSync(cppFile)) {
  const lines = fs.readFileSync(cppFile, "utf8").split("\n").map((l) => l.replace(/\u2581/g, "").trim()).filter(Boolean).slice(0, 3000);
  const chunks = Array.from({ length: Math.ceil(lines.length / 100) }, (_, i) => lines.slice(i * 100, (i + 1) * 100).join("\n"));
  const cpp = coverage(chunks);
  console.log(`gloss or name: ${share(cpp)} in 3,000 CPP dev sentences; commonest without: ${cpp.commonest.join(" ")}`);
} else {
  console.log(`CPP dev sentences: skipped (${cppFile} not found; set CPP_DIR)`);
}
