import "server-only";
import { db } from "@/lib/server/db";

/** The page (0-based) this learner last opened in this lesson; 0 when never. */
export async function getReadingPage(opts: { userId: string; lessonId: string }): Promise<number> {
  const row = await db.readingPosition.findUnique({ where: { userId_lessonId: { userId: opts.userId, lessonId: opts.lessonId } }, select: { page: true } });
  return row?.page ?? 0;
}

/** Remembers the page a learner opened (called by the reader page for a lesson they may read). */
export async function saveReadingPage(opts: { userId: string; lessonId: string; page: number }): Promise<void> {
  await db.readingPosition.upsert({
    where: { userId_lessonId: { userId: opts.userId, lessonId: opts.lessonId } },
    create: { userId: opts.userId, lessonId: opts.lessonId, page: opts.page },
    update: { page: opts.page },
  });
}
