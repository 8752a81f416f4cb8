import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";

export const noteNotFound = () => new AppError("NOT_FOUND", "This note does not exist (or is not yours).");

/** One of the user's notes with its cards; another user's note is reported like a missing one. */
export async function getNote(opts: { userId: string; noteId: string }) {
  const note = await db.note.findFirst({
    where: { id: opts.noteId, userId: opts.userId },
    select: {
      id: true,
      kind: true,
      text: true,
      pinyin: true,
      meaning: true,
      tags: true,
      sentenceText: true,
      createdAt: true,
      lesson: { select: { id: true, title: true } },
      cards: {
        select: { id: true, type: true, state: true, suspended: true, due: true, reps: true, lapses: true, lastReview: true },
        orderBy: { type: "asc" },
      },
    },
  });
  if (!note) throw noteNotFound();
  return note;
}

export type NoteDetail = Awaited<ReturnType<typeof getNote>>;
