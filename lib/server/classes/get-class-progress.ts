import "server-only";
import { db } from "@/lib/server/db";
import { getTaughtClass, type TaughtClass } from "@/lib/server/classes/get-taught-class";
import { progressStatus, type ProgressStatus } from "@/lib/server/classes/progress-status";
import { classProgressCells } from "@/lib/server/classes/class-progress-cells";

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

type MemberRow = { userId: string; lastReview: Date | null; reviews7d: bigint };

/**
 * The teacher's dashboard for one of their classes: members × assignments, in two SQL queries (plus
 * the class itself), whatever the class size. Only notes saved from an assigned lesson
 * (Note.lessonId) count towards that lesson; the cells come precomputed (LessonProgress).
 */
export async function getClassProgress(opts: { userId: string; classId: string; now?: Date }): Promise<ClassProgress> {
  const now = opts.now ?? new Date();
  const klass = await getTaughtClass(opts);
  const since7 = new Date(now.getTime() - 7 * DAY_MS);

  const [cellRows, memberRows] = await Promise.all([
    classProgressCells({ classId: klass.id, now }),
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
        const answered = r?.answered30d ?? 0;
        const cell = {
          saved: r?.saved ?? 0,
          reviews7d: r?.reviews7d ?? 0,
          retention: answered > 0 ? r!.passed30d / answered : null,
          overdue: r?.overdue ?? 0,
        };
        cells[a.id] = { ...cell, status: progressStatus(cell, a.dueAt, now) };
      }
      const mr = byMember.get(m.userId);
      return { ...m, lastReview: mr?.lastReview ?? null, reviews7d: Number(mr?.reviews7d ?? 0), cells };
    }),
  };
}
