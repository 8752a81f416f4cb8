import "server-only";
import { db } from "@/lib/server/db";
import { getTaughtClass, type TaughtClass } from "@/lib/server/classes/get-taught-class";
import { progressStatus, type ProgressStatus } from "@/lib/server/classes/progress-status";

const DAY_MS = 86_400_000;

export interface ProgressCell {
  saved: number;
  reviews7d: number;
  /** Share (0–1) of review-state answers in the last 30 days that were not Again; null without any. */
  retention: number | null;
  overdue: number;
  status: ProgressStatus;
}

export interface ClassProgress {
  class: TaughtClass;
  now: Date;
  members: (TaughtClass["members"][number] & {
    lastReview: Date | null;
    reviews7d: number;
    /** By assignment id. */
    cells: Record<string, ProgressCell>;
  })[];
}

type CellRow = { userId: string; lessonId: string; saved: bigint; reviews7d: bigint; answered30d: bigint; passed30d: bigint; overdue: bigint };
type MemberRow = { userId: string; lastReview: Date | null; reviews7d: bigint };

/**
 * The teacher's dashboard for one of their classes: members × assignments, aggregated in two SQL
 * queries (plus the class itself), whatever the class size. Only notes saved from an assigned
 * lesson (Note.lessonId) count towards that lesson.
 */
export async function getClassProgress(opts: { userId: string; classId: string; now?: Date }): Promise<ClassProgress> {
  const now = opts.now ?? new Date();
  const klass = await getTaughtClass(opts);
  const since7 = new Date(now.getTime() - 7 * DAY_MS);
  const since30 = new Date(now.getTime() - 30 * DAY_MS);

  const [cellRows, memberRows] = await Promise.all([
    db.$queryRaw<CellRow[]>`
      WITH n AS (
        SELECT n.id, n."userId", n."lessonId"
        FROM "Note" n
        JOIN "Membership" m ON m."userId" = n."userId" AND m."classId" = ${klass.id}::uuid
        JOIN "Assignment" a ON a."lessonId" = n."lessonId" AND a."classId" = ${klass.id}::uuid
      ),
      saved AS (SELECT "userId", "lessonId", count(*) AS saved FROM n GROUP BY 1, 2),
      due AS (
        SELECT n."userId", n."lessonId", count(*) AS overdue
        FROM n JOIN "Card" c ON c."noteId" = n.id
        WHERE c.state <> 0 AND NOT c.suspended AND c.due <= ${now}
        GROUP BY 1, 2
      ),
      logs AS (
        SELECT n."userId", n."lessonId",
               count(*) FILTER (WHERE l.review >= ${since7}) AS "reviews7d",
               count(*) FILTER (WHERE l.state = 2) AS "answered30d",
               count(*) FILTER (WHERE l.state = 2 AND l.rating > 1) AS "passed30d"
        FROM n JOIN "Card" c ON c."noteId" = n.id JOIN "ReviewLog" l ON l."cardId" = c.id
        WHERE l.review >= ${since30} AND l.review <= ${now}
        GROUP BY 1, 2
      )
      SELECT s."userId", s."lessonId", s.saved,
             coalesce(l."reviews7d", 0) AS "reviews7d", coalesce(l."answered30d", 0) AS "answered30d",
             coalesce(l."passed30d", 0) AS "passed30d", coalesce(d.overdue, 0) AS overdue
      FROM saved s
      LEFT JOIN logs l USING ("userId", "lessonId")
      LEFT JOIN due d USING ("userId", "lessonId")`,
    // Per member, two index range reads on ReviewLog(userId, review) instead of all their logs.
    db.$queryRaw<MemberRow[]>`
      SELECT m."userId", last.review AS "lastReview", week.n AS "reviews7d"
      FROM "Membership" m
      LEFT JOIN LATERAL (
        SELECT l.review FROM "ReviewLog" l WHERE l."userId" = m."userId" AND l.review <= ${now} ORDER BY l.review DESC LIMIT 1
      ) last ON true
      CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM "ReviewLog" l WHERE l."userId" = m."userId" AND l.review >= ${since7} AND l.review <= ${now}
      ) week
      WHERE m."classId" = ${klass.id}::uuid`,
  ]);

  const cellsByKey = new Map(cellRows.map((r) => [`${r.userId}:${r.lessonId}`, r]));
  const byMember = new Map(memberRows.map((r) => [r.userId, r]));
  return {
    class: klass,
    now,
    members: klass.members.map((m) => {
      const cells: Record<string, ProgressCell> = {};
      for (const a of klass.assignments) {
        const r = cellsByKey.get(`${m.userId}:${a.lessonId}`);
        const answered = Number(r?.answered30d ?? 0);
        const cell = {
          saved: Number(r?.saved ?? 0),
          reviews7d: Number(r?.reviews7d ?? 0),
          retention: answered > 0 ? Number(r!.passed30d) / answered : null,
          overdue: Number(r?.overdue ?? 0),
        };
        cells[a.id] = { ...cell, status: progressStatus(cell, a.dueAt, now) };
      }
      const mr = byMember.get(m.userId);
      return { ...m, lastReview: mr?.lastReview ?? null, reviews7d: Number(mr?.reviews7d ?? 0), cells };
    }),
  };
}
