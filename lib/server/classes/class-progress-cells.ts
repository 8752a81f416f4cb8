import "server-only";
import { db } from "@/lib/server/db";

const DAY_MS = 86_400_000;

export interface ProgressCellCounts {
  userId: string;
  lessonId: string;
  /** Notes saved from the lesson (Note.lessonId). */
  saved: number;
  reviews7d: number;
  /** Answers in review state in the last 30 days, and those not answered Again. */
  answered30d: number;
  passed30d: number;
  overdue: number;
}

/**
 * The class page's cells, one per current member and assigned lesson they saved notes from, read
 * from LessonProgress (kept by triggers, migration lesson_progress): one row per cell, with the
 * clock-dependent counts taken in its sorted arrays by width_bucket (a binary search: the elements
 * ≤ x). Elements ≥ t are the total minus those ≤ t − 1 ms (stored times have millisecond precision).
 * tests/integration/retention-aggregates.test.ts proves these equal the counts from scratch.
 */
export async function classProgressCells(opts: { classId: string; now: Date }): Promise<ProgressCellCounts[]> {
  const beforeSince7 = new Date(opts.now.getTime() - 7 * DAY_MS - 1);
  const beforeSince30 = new Date(opts.now.getTime() - 30 * DAY_MS - 1);
  const [row] = await db.$queryRaw<{ cells: ProgressCellCounts[] | null }[]>`
    SELECT json_agg(json_build_object('userId', p."userId", 'lessonId', p."lessonId", 'saved', p.saved,
             'reviews7d', coalesce(width_bucket(${opts.now}::timestamptz, p."reviewTimes") - width_bucket(${beforeSince7}::timestamptz, p."reviewTimes"), 0),
             'answered30d', coalesce(width_bucket(${opts.now}::timestamptz, p."reviewStateTimes") - width_bucket(${beforeSince30}::timestamptz, p."reviewStateTimes"), 0),
             'passed30d', coalesce(width_bucket(${opts.now}::timestamptz, p."passedTimes") - width_bucket(${beforeSince30}::timestamptz, p."passedTimes"), 0),
             'overdue', coalesce(width_bucket(${opts.now}::timestamptz, p.dues), 0))) AS cells
    FROM "Membership" m
    JOIN "Assignment" a ON a."classId" = m."classId"
    JOIN "LessonProgress" p ON p."userId" = m."userId" AND p."lessonId" = a."lessonId"
    WHERE m."classId" = ${opts.classId}::uuid`;
  return row?.cells ?? [];
}
