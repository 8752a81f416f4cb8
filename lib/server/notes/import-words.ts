import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { lookupWord } from "@/lib/dict/lookup";
import { cardTypesForNote, type CardType } from "@/lib/srs/card-types";
import { newCardState } from "@/lib/srs/card-state";
import type { CardType as DbCardType } from "@/lib/generated/prisma/enums";
import { parseWordCsv } from "@/lib/server/notes/parse-word-csv";

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;
const MAX_WORD_CHARS = 50;
const HAN = /\p{Script=Han}/u;

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows that would be / were saved. */
  toImport: { row: number; hanzi: string; pinyin: string; meaning: string }[];
  /** Already saved (or repeated in the file): skipped, not an error. */
  duplicates: { row: number; hanzi: string }[];
  errors: { row: number; reason: string }[];
  imported: number;
}

function rowError(hanzi: string, pinyin: string, meaning: string): string | null {
  if (!hanzi) return "empty hanzi";
  if (!HAN.test(hanzi)) return `no Chinese characters in "${hanzi.slice(0, 30)}"`;
  if (Array.from(hanzi).length > MAX_WORD_CHARS) return `hanzi too long (at most ${MAX_WORD_CHARS} characters)`;
  if (pinyin.length > 500) return "pinyin too long (at most 500 characters)";
  if (meaning.length > 2000) return "meaning too long (at most 2000 characters)";
  return null;
}

/**
 * Imports a word list, all or nothing: if any row is invalid nothing is written and every bad
 * row is reported; rows already saved are skipped and counted. `dryRun` only reports. Missing
 * pinyin or meaning is filled from the dictionary. Notes are WORD notes with the user's enabled card types.
 */
export async function importWords(opts: { userId: string; text: string; dryRun: boolean; now?: Date }): Promise<ImportReport> {
  const parsed = parseWordCsv(opts.text);
  if (parsed.length === 0) throw new AppError("INVALID_INPUT", "The file has no rows.");
  if (parsed.length > MAX_IMPORT_ROWS) throw new AppError("INVALID_INPUT", `The file has ${parsed.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.`);
  const [existing, settings] = await Promise.all([
    db.note.findMany({ where: { userId: opts.userId, kind: "WORD", text: { in: parsed.map((r) => r.cells[0] ?? "") } }, select: { text: true } }),
    db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { enabledCardTypes: true } }),
  ]);
  const seen = new Set(existing.map((n) => n.text));
  const report: ImportReport = { dryRun: opts.dryRun, rows: parsed.length, toImport: [], duplicates: [], errors: [], imported: 0 };
  for (const { row, cells } of parsed) {
    const [hanzi = "", pinyin = "", meaning = ""] = cells;
    const error = rowError(hanzi, pinyin, meaning);
    if (error) report.errors.push({ row, reason: error });
    else if (seen.has(hanzi)) report.duplicates.push({ row, hanzi });
    else {
      seen.add(hanzi);
      const found = pinyin && meaning ? null : lookupWord(hanzi);
      report.toImport.push({ row, hanzi, pinyin: pinyin || found?.pinyin || "", meaning: meaning || found?.definitions.slice(0, 3).join("; ") || "" });
    }
  }
  if (opts.dryRun || report.errors.length > 0 || report.toImport.length === 0) return report;

  const enabled = (settings?.enabledCardTypes ?? ["RECOGNITION", "RECALL", "LISTENING", "CLOZE", "COMPLETION"]).map((t) => t.toLowerCase() as CardType);
  const state = newCardState(opts.now ?? new Date());
  try {
    await db.$transaction(async (tx) => {
      const notes = await tx.note.createManyAndReturn({
        data: report.toImport.map((w) => ({ userId: opts.userId, kind: "WORD" as const, text: w.hanzi, pinyin: w.pinyin, meaning: w.meaning, tags: ["imported"] })),
        select: { id: true, text: true },
      });
      await tx.card.createMany({
        data: notes.flatMap((n) =>
          cardTypesForNote({ kind: "word", text: n.text, hasSentence: false }, enabled).map((t) => ({
            noteId: n.id,
            userId: opts.userId,
            type: t.toUpperCase() as DbCardType,
            ...state,
          })),
        ),
      });
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "Some of these words were saved meanwhile. Nothing was imported; please try again.");
    }
    throw e;
  }
  report.imported = report.toImport.length;
  return report;
}
