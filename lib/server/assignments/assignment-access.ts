import "server-only";
import { AppError } from "@/lib/errors";
import { db, type Prisma } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";

export const assignmentNotFound = () => new AppError("NOT_FOUND", "Assignment not found.");

/** An assignment of a class the caller teaches (owner or co-teacher); anything else → NOT_FOUND. */
export async function taughtAssignment(opts: { userId: string; assignmentId: string }, tx: Prisma.TransactionClient = db) {
  const a = isId(opts.assignmentId)
    ? await tx.assignment.findFirst({
        where: { id: opts.assignmentId, class: taughtClassWhere(opts.userId) },
        select: { id: true, classId: true, lessonId: true, dueAt: true, lesson: { select: { title: true } }, class: { select: { name: true } } },
      })
    : null;
  if (!a) throw assignmentNotFound();
  return a;
}

/** An assignment of a class the caller is a member of; anything else → NOT_FOUND. */
export async function memberAssignment(opts: { userId: string; assignmentId: string }, tx: Prisma.TransactionClient = db) {
  const a = isId(opts.assignmentId)
    ? await tx.assignment.findFirst({
        where: { id: opts.assignmentId, class: { memberships: { some: { userId: opts.userId } } } },
        select: { id: true, classId: true, lessonId: true, dueAt: true, lesson: { select: { title: true } }, class: { select: { name: true } } },
      })
    : null;
  if (!a) throw assignmentNotFound();
  return a;
}
