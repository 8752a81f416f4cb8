import "server-only";
import { db } from "@/lib/server/db";
import { noteNotFound } from "@/lib/server/notes/get-note";

/** Deletes the note; its cards and their review logs go with it (ON DELETE CASCADE). */
export async function deleteNote(opts: { userId: string; noteId: string }): Promise<void> {
  const { count } = await db.note.deleteMany({ where: { id: opts.noteId, userId: opts.userId } });
  if (count === 0) throw noteNotFound();
}
