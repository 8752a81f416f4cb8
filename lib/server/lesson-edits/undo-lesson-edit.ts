import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { ownedLesson } from "./apply-lesson-edit";
import { propagateToNotes } from "./propagate-to-notes";
import { recountLesson } from "./recount-lesson";
import { writeStates, type SentenceState } from "./sentence-state";

/**
 * Undoes the lesson's latest edit that is not undone yet: its sentences go back to their `before`
 * state and the learners' notes follow. Edits are undone newest first, so every `before` is exactly
 * what the lesson held when that edit was made.
 */
export async function undoLessonEdit(opts: { userId: string; lessonId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const lesson = await ownedLesson(tx, opts.userId, opts.lessonId);
    const edit = await tx.lessonEdit.findFirst({ where: { lessonId: lesson.id, undoneAt: null }, orderBy: { seq: "desc" } });
    if (!edit) throw new AppError("NOT_FOUND", "Nothing to undo.");
    const before = edit.before as unknown as SentenceState[];
    const after = edit.after as unknown as SentenceState[];
    await writeStates(tx, lesson.id, before);
    for (let k = 0; k < before.length; k++) await propagateToNotes(tx, lesson.id, after[k], before[k]);
    if (edit.kind !== "translation" && edit.kind !== "alignment") await recountLesson(tx, lesson.id);
    await tx.lessonEdit.update({ where: { id: edit.id }, data: { undoneAt: opts.now ?? new Date() } });
    return { id: edit.id, kind: edit.kind, sentences: before };
  });
}
