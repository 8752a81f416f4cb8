import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { assignLessonSchema } from "@/lib/validation/classes";
import { classNotFound, isId, parseInput } from "@/lib/server/classes/class-errors";

const lessonNotFound = () => new AppError("NOT_FOUND", "Lesson not found.", { fields: { lessonId: "Lesson not found." } });

/**
 * Assigns one of the teacher's own lessons to one of their classes. The class and the lesson are
 * both looked up with the caller in the `where`, so another teacher's class or lesson is "not found".
 */
export async function assignLesson(opts: { userId: string; input: unknown; now?: Date }): Promise<{ id: string; dueAt: Date }> {
  const { classId, lessonId, dueAt } = parseInput(assignLessonSchema, opts.input);
  const now = opts.now ?? new Date();
  if (!isId(classId)) throw classNotFound();
  if (dueAt.getTime() <= now.getTime()) {
    throw new AppError("INVALID_INPUT", "The due date must be in the future.", { fields: { dueAt: "The due date must be in the future" } });
  }
  try {
    return await db.$transaction(async (tx) => {
      const klass = await tx.class.findFirst({ where: { id: classId, teacherId: opts.userId }, select: { id: true } });
      if (!klass) throw classNotFound();
      const lesson = isId(lessonId) ? await tx.lesson.findFirst({ where: { id: lessonId, ownerId: opts.userId }, select: { id: true } }) : null;
      if (!lesson) throw lessonNotFound();
      return tx.assignment.create({ data: { classId, lessonId, dueAt }, select: { id: true, dueAt: true } });
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
