import "server-only";
import { db } from "@/lib/server/db";

export interface MemberClass {
  id: string;
  name: string;
  teacherName: string;
  assignments: { id: string; lessonId: string; lessonTitle: string; dueAt: Date; overdue: boolean }[];
}

/** The classes the caller belongs to as a member, each with its assignments (soonest due first). */
export async function listMemberClasses(opts: { userId: string; now?: Date }): Promise<MemberClass[]> {
  const now = opts.now ?? new Date();
  const rows = await db.class.findMany({
    where: { memberships: { some: { userId: opts.userId } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      teacher: { select: { name: true } },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: { id: true, dueAt: true, lesson: { select: { id: true, title: true } } },
      },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    teacherName: c.teacher.name,
    assignments: c.assignments.map((a) => ({
      id: a.id,
      lessonId: a.lesson.id,
      lessonTitle: a.lesson.title,
      dueAt: a.dueAt,
      overdue: a.dueAt.getTime() < now.getTime(),
    })),
  }));
}
