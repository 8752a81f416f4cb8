import "server-only";
import { db } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import { lessonNotFound } from "./apply-lesson-edit";

/** Throws NOT_FOUND unless the caller owns the lesson. */
export async function lessonOwnedBy(opts: { userId: string; lessonId: string }): Promise<void> {
  const found = isId(opts.lessonId) && (await db.lesson.count({ where: { id: opts.lessonId, ownerId: opts.userId } }));
  if (!found) throw lessonNotFound();
}
