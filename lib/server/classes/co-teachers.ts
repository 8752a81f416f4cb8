import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { classNotFound, isId } from "@/lib/server/classes/class-errors";

const noTeacher = (message: string) => new AppError("INVALID_INPUT", message, { fields: { email: message } });

/**
 * The class's owner adds another teacher (by e-mail) as a co-teacher: they see the dashboard and
 * manage assignments, items and members, but cannot rename, re-code or delete the class.
 */
export async function addCoTeacher(opts: { userId: string; classId: string; email: string }): Promise<{ userId: string; name: string }> {
  if (!isId(opts.classId)) throw classNotFound();
  const klass = await db.class.findFirst({ where: { id: opts.classId, teacherId: opts.userId }, select: { id: true } });
  if (!klass) throw classNotFound();
  const email = opts.email.trim().toLowerCase();
  if (!email) throw noTeacher("Enter the e-mail of a teacher");
  const teacher = await db.user.findFirst({ where: { email, role: { in: ["TEACHER", "ADMIN"] } }, select: { id: true, name: true } });
  if (!teacher) throw noTeacher("No teacher account has this e-mail");
  if (teacher.id === opts.userId) throw noTeacher("You already teach this class");
  await db.classTeacher.createMany({ data: [{ classId: klass.id, userId: teacher.id }], skipDuplicates: true });
  return { userId: teacher.id, name: teacher.name };
}

export async function removeCoTeacher(opts: { userId: string; classId: string; teacherId: string }): Promise<void> {
  if (!isId(opts.classId) || !isId(opts.teacherId)) throw classNotFound();
  // The owner removes anyone; a co-teacher may only leave (remove themselves).
  const { count } = await db.classTeacher.deleteMany({
    where: { classId: opts.classId, userId: opts.teacherId, OR: [{ class: { teacherId: opts.userId } }, { userId: opts.userId }] },
  });
  if (!count) throw new AppError("NOT_FOUND", "Co-teacher not found.");
}
