import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db } from "@/lib/server/db";
import { classNotFound, isId } from "@/lib/server/classes/class-errors";

export interface TaughtClass {
  id: string;
  name: string;
  joinCode: string;
  /** The e-mail only when the learner allows their teachers to see it (settings); else null. */
  members: { userId: string; name: string; email: string | null; joinedAt: Date }[];
  /** The caller created the class (co-teachers may not rename, re-code or delete it). */
  isOwner: boolean;
  coTeachers: { userId: string; name: string }[];
  assignments: { id: string; lessonId: string; lessonTitle: string; dueAt: Date }[];
}

/** One of the caller's own classes; any other class id (another teacher's, or none) → NOT_FOUND. */
export async function getTaughtClass(opts: { userId: string; classId: string }): Promise<TaughtClass> {
  if (!isId(opts.classId)) throw classNotFound();
  const c = await db.class.findFirst({
    where: { id: opts.classId, ...taughtClassWhere(opts.userId) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      teacherId: true,
      coTeachers: { orderBy: { addedAt: "asc" }, select: { user: { select: { id: true, name: true } } } },
      memberships: { orderBy: [{ user: { name: "asc" } }, { userId: "asc" }], select: { joinedAt: true, user: { select: { id: true, name: true, email: true, showEmailToTeachers: true } } } },
      assignments: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: { id: true, dueAt: true, lesson: { select: { id: true, title: true } } } },
    },
  });
  if (!c) throw classNotFound();
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    members: c.memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.showEmailToTeachers ? m.user.email : null, joinedAt: m.joinedAt })),
    isOwner: c.teacherId === opts.userId,
    coTeachers: c.coTeachers.map((t) => ({ userId: t.user.id, name: t.user.name })),
    assignments: c.assignments.map((a) => ({ id: a.id, lessonId: a.lesson.id, lessonTitle: a.lesson.title, dueAt: a.dueAt })),
  };
}
