import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import type { NoteUpdateInput } from "@/lib/validation/notes-manage";
import { getNote, noteNotFound } from "@/lib/server/notes/get-note";

/** Edits text, pinyin, meaning or tags; a text that another of the user's notes already has → CONFLICT. */
export async function updateNote(opts: { userId: string; noteId: string; changes: NoteUpdateInput }) {
  const { changes } = opts;
  try {
    const { count } = await db.note.updateMany({ where: { id: opts.noteId, userId: opts.userId }, data: changes });
    if (count === 0) throw noteNotFound();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", `You already have a note "${changes.text}" of this kind. Edit that one instead.`, {
        fields: { text: "Another note already has this text" },
      });
    }
    throw e;
  }
  return getNote({ userId: opts.userId, noteId: opts.noteId });
}
