import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db, Prisma } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { assignLessonSchema } from "@/lib/validation/classes";
import { classNotFound, isId, parseInput } from "@/lib/server/classes/class-errors";
import { preselectAssignmentItems } from "@/lib/server/assignments/assignment-items";

const lessonNotFound = () => new AppError("NOT_FOUND", "Lesson not found.", { fields: { lessonId: "Lesson not found." } });

/**
 * Assigns one of the teacher's own lessons to one of their classes, with its pre-selected items
 * (idioms, set phrases, words at or above `itemLevel`). The class and the lesson are
 * both looked up with the caller in the `where`, so another teacher's class or lesson is "not found".
 */
export async function assignLesson(opts: { userId: string; input: unknown; now?: Date }): Promise<{ id: string; dueAt: Date }> {
  const { classId, lessonId, dueAt, itemLevel } = parseInput(assignLessonSchema, opts.input);
  const now = opts.now ?? new Date();
  if (!isId(classId)) throw classNotFound();
  if (dueAt.getTime() <= now.getTime()) {
    throw new AppError("INVALID_INPUT", "The due date must be in the future.", { fields: { dueAt: "The due date must be in the future" } });
  }
  try {
    return await db.$transaction(async (tx) => {
      const klass = await tx.class.findFirst({ where: { id: classId, ...taughtClassWhere(opts.userId) }, select: { id: true } });
      if (!klass) throw classNotFound();
      const lesson = isId(lessonId) ? await tx.lesson.findFirst({ where: { id: lessonId, ownerId: opts.userId }, select: { id: true } }) : null;
      if (!lesson) throw lessonNotFound();
      const created = await tx.assignment.create({ data: { classId, lessonId, dueAt }, select: { id: true, dueAt: true } });
      await preselectAssignmentItems(tx, created.id, lessonId, itemLevel);
      return created;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "This lesson is already assigned to the class.", {
        fields: { lessonId: "Already assigned to this class: change its due date below instead" },
      });
    }
    throw e;
  }
}
