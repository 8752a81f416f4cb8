import "server-only";
import { db } from "@/lib/server/db";
import { classNotFound, isId } from "@/lib/server/classes/class-errors";

export interface TaughtClass {
  id: string;
  name: string;
  joinCode: string;
  members: { userId: string; name: string; email: string; joinedAt: Date }[];
  assignments: { id: string; lessonId: string; lessonTitle: string; dueAt: Date }[];
}

/** One of the caller's own classes; any other class id (another teacher's, or none) → NOT_FOUND. */
export async function getTaughtClass(opts: { userId: string; classId: string }): Promise<TaughtClass> {
  if (!isId(opts.classId)) throw classNotFound();
  const c = await db.class.findFirst({
    where: { id: opts.classId, teacherId: opts.userId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      memberships: { orderBy: [{ user: { name: "asc" } }, { userId: "asc" }], select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: { id: true, dueAt: true, lesson: { select: { id: true, title: true } } } },
    },
  });
  if (!c) throw classNotFound();
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    members: c.memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt })),
    assignments: c.assignments.map((a) => ({ id: a.id, lessonId: a.lesson.id, lessonTitle: a.lesson.title, dueAt: a.dueAt })),
  };
}
