import "server-only";
import { db } from "@/lib/server/db";

/** Lessons the user's notes came from, for the "filter by lesson" select. */
export async function listNoteLessons(opts: { userId: string }): Promise<{ id: string; title: string }[]> {
  return db.lesson.findMany({
    where: { notes: { some: { userId: opts.userId } } },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
}
