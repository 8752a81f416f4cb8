import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { changeDueDateSchema } from "@/lib/validation/classes";
import { isId, parseInput } from "@/lib/server/classes/class-errors";

export const assignmentNotFound = () => new AppError("NOT_FOUND", "Assignment not found.");

/** Moves an assignment's due date (a past date is allowed here: it closes the assignment early). */
export async function changeDueDate(opts: { userId: string; input: unknown }): Promise<{ id: string; dueAt: Date }> {
  const { classId, assignmentId, dueAt } = parseInput(changeDueDateSchema, opts.input);
  if (!isId(classId) || !isId(assignmentId)) throw assignmentNotFound();
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, classId, class: taughtClassWhere(opts.userId) },
    data: { dueAt },
  });
  if (count === 0) throw assignmentNotFound();
  return { id: assignmentId, dueAt };
}
