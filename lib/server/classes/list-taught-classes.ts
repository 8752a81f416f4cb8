import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db } from "@/lib/server/db";

export interface TaughtClassSummary {
  id: string;
  name: string;
  joinCode: string;
  memberCount: number;
  assignmentCount: number;
}

export async function listTaughtClasses(opts: { userId: string }): Promise<TaughtClassSummary[]> {
  const rows = await db.class.findMany({
    where: taughtClassWhere(opts.userId),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, joinCode: true, _count: { select: { memberships: true, assignments: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, joinCode: r.joinCode, memberCount: r._count.memberships, assignmentCount: r._count.assignments }));
}
