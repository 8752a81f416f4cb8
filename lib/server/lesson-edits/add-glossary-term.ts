import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/server/classes/class-errors";
import { applyOwnTerm } from "@/lib/text/rebuild-sentence";
import { glossaryTermSchema } from "@/lib/validation/lesson-edits";
import { commitEdit } from "./apply-lesson-edit";
import { sentenceStateSelect, toState } from "./sentence-state";

/**
 * Adds (or corrects) one of the user's own glossary terms and applies it to every lesson they own
 * that contains it: the words take its reading and English, a term jieba had cut in pieces becomes
 * one word. Each changed lesson records one edit, undoable like any other; learners' notes follow.
 */
export async function addGlossaryTerm(opts: { userId: string; input: unknown }) {
  const input = parseInput(glossaryTermSchema, opts.input);
  if (input.pinyin.split(" ").length !== [...input.term].length) {
    const message = `${input.term} has ${[...input.term].length} characters: write one syllable for each.`;
    throw new AppError("INVALID_INPUT", message, { fields: { pinyin: message } });
  }
  return db.$transaction(async (tx) => {
    const kind = input.kind === "idiom" ? "IDIOM" : "PHRASE";
    const entry = await tx.glossaryEntry.upsert({
      where: { createdById_term: { createdById: opts.userId, term: input.term } },
      create: { createdById: opts.userId, term: input.term, pinyin: input.pinyin, english: input.english, note: input.note, kind },
      update: { pinyin: input.pinyin, english: input.english, note: input.note, kind },
      select: { id: true, term: true },
    });
    const sentences = await tx.sentence.findMany({
      where: { lesson: { ownerId: opts.userId }, text: { contains: input.term } },
      select: { ...sentenceStateSelect, lessonId: true },
      orderBy: [{ lessonId: "asc" }, { index: "asc" }],
    });
    const byLesson = new Map<string, { before: ReturnType<typeof toState>[]; after: ReturnType<typeof toState>[] }>();
    for (const row of sentences) {
      const before = toState(row);
      const tokens = applyOwnTerm(before.tokens, { ...input, id: entry.id });
      if (!tokens) continue;
      const group = byLesson.get(row.lessonId) ?? { before: [], after: [] };
      group.before.push(before);
      group.after.push({ ...before, tokens });
      byLesson.set(row.lessonId, group);
    }
    for (const [lessonId, g] of byLesson) await commitEdit(tx, { lessonId, userId: opts.userId, kind: "glossary", ...g });
    return { id: entry.id, term: entry.term, lessonsChanged: byLesson.size, sentencesChanged: [...byLesson.values()].reduce((n, g) => n + g.after.length, 0) };
  });
}

export async function listGlossaryTerms(opts: { userId: string }) {
  return db.glossaryEntry.findMany({
    where: { createdById: opts.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, term: true, pinyin: true, english: true, note: true, kind: true, createdAt: true },
  });
}
