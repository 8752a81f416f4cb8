import "server-only";
import { db } from "@/lib/server/db";

/** "kind:text" of the user's notes saved from this lesson, so the reader can say "Already saved" up front. */
export async function savedNoteKeys(opts: { userId: string; lessonId: string }): Promise<string[]> {
  const notes = await db.note.findMany({ where: { userId: opts.userId, lessonId: opts.lessonId }, select: { kind: true, text: true } });
  return notes.map((n) => `${n.kind.toLowerCase()}:${n.text}`);
}
