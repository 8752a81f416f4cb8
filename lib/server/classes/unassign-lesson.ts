import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import { assignmentNotFound } from "@/lib/server/classes/change-due-date";

/** Removes the assignment; learners keep the notes they saved from the lesson. */
export async function unassignLesson(opts: { userId: string; classId: string; assignmentId: string }): Promise<void> {
  if (!isId(opts.classId) || !isId(opts.assignmentId)) throw assignmentNotFound();
  const { count } = await db.assignment.deleteMany({
    where: { id: opts.assignmentId, classId: opts.classId, class: taughtClassWhere(opts.userId) },
  });
  if (count === 0) throw assignmentNotFound();
}
