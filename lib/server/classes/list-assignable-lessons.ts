import "server-only";
import { db } from "@/lib/server/db";

/** The teacher's own lessons (only those may be assigned), newest first. */
export async function listAssignableLessons(opts: { userId: string }): Promise<{ id: string; title: string }[]> {
  return db.lesson.findMany({
    where: { ownerId: opts.userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true },
    take: 500,
  });
}
