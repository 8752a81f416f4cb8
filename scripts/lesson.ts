// Command line for lessons: `npm run lesson -- import FILE [--english FILE] [--title T] [--dry-run] [--json]`.
// --dry-run never loads a database module, so it works on a machine without PostgreSQL.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors";
import { decodeTranscriptBytes } from "@/lib/text/decode-input";
import { checkLessonInput } from "@/lib/text/lesson-text-problem";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";
import { translateDraft } from "@/lib/text/attach-translation";
import { checkEnglishText, decodeEnglishBytes } from "@/lib/text/english-input";

const USAGE =
  "Usage: npm run lesson -- import FILE [--english FILE] [--title TITLE] [--owner EMAIL] [--visibility private|classes] [--dry-run] [--json]";
const PROGRESS_FROM_CHARS = 20_000;

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        title: { type: "string" },
        english: { type: "string" },
        owner: { type: "string" },
        visibility: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
}

/** Exactly the fields other tools rely on, nothing more. `translation`: the aligned English, or null. */
function toJson(draft: LessonDraft, english: string | null) {
  const translated = translateDraft(draft, english);
  return {
    title: draft.title,
    sentences: draft.sentences.map((s, i) => ({
      speaker: s.speaker,
      text: s.text,
      translation: translated.sentences[i].translation,
      tokens: s.tokens.map((t) => ({ text: t.text, pinyin: t.pinyin, gloss: t.gloss, kind: t.kind, hsk: t.hsk })),
    })),
  };
}

function summary(draft: LessonDraft): string {
  const speakers = [...new Set(draft.sentences.map((s) => s.speaker).filter(Boolean))];
  const lines = [
    `Title:      ${draft.title}`,
    `Dateline:   ${draft.dateline ?? "-"}`,
    `Sentences:  ${draft.sentences.length} (${draft.stats.characters} Han characters, ${draft.stats.tokens} tokens)`,
    `Speakers:   ${speakers.length ? speakers.join(", ") : "-"}`,
    `HSK 3.0:    ${Object.entries(draft.stats.hskProfile).map(([k, v]) => `${k}:${v}`).join(" ")}`,
    `Dropped:    ${draft.dropped.length}`,
    ...draft.dropped.map((d) => `  - [${d.reason}] ${d.line}`),
  ];
  return lines.join("\n");
}

function alignmentSummary(draft: LessonDraft, english: string): string {
  const t = translateDraft(draft, english);
  const matched = t.sentences.filter((s) => s.translation).length;
  return `English:    ${t.englishSentences.length} sentences; ${matched} of ${draft.sentences.length} Chinese sentences have a translation`;
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `File not found: ${file}` : `Cannot read ${file}: ${code ?? (e as Error).message}`);
  }
}

function readEnglish(file: string | undefined): string | null {
  if (file === undefined) return null;
  const text = checkEnglishText(decodeEnglishBytes(readBytes(file)));
  if (!text) throw new Error(`The English file is empty: ${file}`);
  return text;
}

function readLesson(file: string, title: string | undefined): LessonDraft {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `File not found: ${file}` : `Cannot read ${file}: ${code ?? (e as Error).message}`);
  }
  const text = checkLessonInput(decodeTranscriptBytes(bytes));
  let lastShown = -1;
  if (text.length >= PROGRESS_FROM_CHARS) process.stderr.write("Loading dictionaries…\n");
  const onProgress =
    text.length >= PROGRESS_FROM_CHARS
      ? (done: number, total: number) => {
          const pct = Math.floor((done / total) * 10) * 10;
          if (pct !== lastShown) process.stderr.write(`Building lesson: ${pct}% (${done}/${total} sentences)\n`);
          lastShown = pct;
        }
      : undefined;
  return buildLesson(text, { title, onProgress });
}

async function saveToDatabase(
  draft: LessonDraft,
  file: string,
  owner: string | undefined,
  visibility: string | undefined,
  english: string | null,
): Promise<void> {
  if (visibility !== undefined && visibility !== "private" && visibility !== "classes") {
    throw new UsageError(`--visibility must be "private" or "classes"\n${USAGE}`);
  }
  // Loaded only here, so --dry-run never touches database code.
  const { importLessonCli } = await import("@/lib/server/lessons/import-lesson-cli");
  const result = await importLessonCli(draft, {
    sourceFile: file,
    owner,
    english,
    visibility: visibility === "classes" ? "CLASSES" : visibility === "private" ? "PRIVATE" : undefined,
  });
  process.stdout.write(`${result}\n`);
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file, ...extra] = positionals;
  if (command !== "import") throw new UsageError(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
  if (!file) throw new UsageError(`Missing FILE\n${USAGE}`);
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}\n${USAGE}`);

  const english = readEnglish(values.english);
  const draft = readLesson(file, values.title);
  if (values.json) process.stdout.write(`${JSON.stringify(toJson(draft, english), null, 2)}\n`);
  else process.stdout.write(`${summary(draft)}${english ? `\n${alignmentSummary(draft, english)}` : ""}\n`);
  if (!values["dry-run"]) await saveToDatabase(draft, file, values.owner, values.visibility, english);
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) fail(e.message, 2);
  if (isAppError(e)) fail(`Error: ${e.message}`, 1);
  if (process.env.DEBUG) console.error(e);
  fail(`Error: ${e instanceof Error ? e.message : String(e)}`, 1);
});
