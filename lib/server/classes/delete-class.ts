import "server-only";
import { db } from "@/lib/server/db";
import { classNotFound, isId } from "@/lib/server/classes/class-errors";

/** Deletes the class; its memberships and assignments go with it (ON DELETE CASCADE, one statement). */
export async function deleteClass(opts: { userId: string; classId: string }): Promise<void> {
  if (!isId(opts.classId)) throw classNotFound();
  const { count } = await db.class.deleteMany({ where: { id: opts.classId, teacherId: opts.userId } });
  if (count === 0) throw classNotFound();
}
