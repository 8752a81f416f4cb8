// The class page's cells computed from the source tables, for comparison with the LessonProgress path.
import { db } from "@/lib/server/db";
import type { ProgressCellCounts } from "@/lib/server/classes/class-progress-cells";

const DAY_MS = 86_400_000;

/**
 * Per current member and assigned lesson, the notes saved from it (Note.lessonId), their cards'
 * answers in the last 7 days, review-state answers (and passes) in the last 30 days and overdue
 * cards, from notes ⋈ cards ⋈ review logs: the query the class page ran before LessonProgress.
 */
export async function classProgressFromScratch(opts: { classId: string; now: Date }): Promise<ProgressCellCounts[]> {
  const since7 = new Date(opts.now.getTime() - 7 * DAY_MS);
  const since30 = new Date(opts.now.getTime() - 30 * DAY_MS);
  const rows = await db.$queryRaw<Record<keyof ProgressCellCounts, string | bigint>[]>`
    WITH n AS (
      SELECT n.id, n."userId", n."lessonId"
      FROM "Note" n
      JOIN "Membership" m ON m."userId" = n."userId" AND m."classId" = ${opts.classId}::uuid
      JOIN "Assignment" a ON a."lessonId" = n."lessonId" AND a."classId" = ${opts.classId}::uuid
    ),
    saved AS (SELECT "userId", "lessonId", count(*) AS saved FROM n GROUP BY 1, 2),
    due AS (
      SELECT n."userId", n."lessonId", count(*) AS overdue
      FROM n JOIN "Card" c ON c."noteId" = n.id
      WHERE c.state <> 0 AND NOT c.suspended AND c.due <= ${opts.now}
      GROUP BY 1, 2
    ),
    logs AS (
      SELECT n."userId", n."lessonId",
             count(*) FILTER (WHERE l.review >= ${since7}) AS "reviews7d",
             count(*) FILTER (WHERE l.state = 2) AS "answered30d",
             count(*) FILTER (WHERE l.state = 2 AND l.rating > 1) AS "passed30d"
      FROM n JOIN "Card" c ON c."noteId" = n.id JOIN "ReviewLog" l ON l."cardId" = c.id
      WHERE l.review >= ${since30} AND l.review <= ${opts.now}
      GROUP BY 1, 2
    )
    SELECT s."userId", s."lessonId", s.saved,
           coalesce(l."reviews7d", 0) AS "reviews7d", coalesce(l."answered30d", 0) AS "answered30d",
           coalesce(l."passed30d", 0) AS "passed30d", coalesce(d.overdue, 0) AS overdue
    FROM saved s
    LEFT JOIN logs l USING ("userId", "lessonId")
    LEFT JOIN due d USING ("userId", "lessonId")`;
  return rows.map((r) => ({
    userId: String(r.userId),
    lessonId: String(r.lessonId),
    saved: Number(r.saved),
    reviews7d: Number(r.reviews7d),
    answered30d: Number(r.answered30d),
    passed30d: Number(r.passed30d),
    overdue: Number(r.overdue),
  }));
}
