import "server-only";
import { default_w } from "ts-fsrs";
import { db, Prisma } from "@/lib/server/db";
import { KNOWN_RETRIEVABILITY } from "@/lib/srs/retrievability";

const DAY_MS = 86_400_000;

export interface StudentFigures {
  userId: string;
  assignmentId: string;
  /** Items the student has a note for (received or saved). */
  items: number;
  /** Items whose every reviewed card has retrievability ≥ 0.9 now (and at least one was reviewed). */
  retained: number;
  reviews7d: number;
  overdue: number;
}

export interface ItemFigures {
  itemId: string;
  assignmentId: string;
  kind: string;
  text: string;
  pinyin: string;
  meaning: string;
  /** Students who have reviewed it at least once. */
  students: number;
  /** Share of the reviews of its cards (in review state) answered Again: lapses / reps over the students' cards. */
  againRate: number | null;
  averageRetrievability: number | null;
}

/**
 * Retention of a class's assignment items, in one SQL statement over ItemProgress: one row per
 * (student, item) kept by triggers whenever the note's cards or logs change (see the migration
 * item_progress), so nothing here joins notes, cards or review logs. The students are the class's
 * current members (Membership in the `where`: a removed student drops out); `onlyUserId` narrows it
 * to one of them (a student's own figures). What depends on the clock is computed here:
 * - retrievability is FSRS's forgetting curve with each student's own decay (weights[21], else the
 *   default), as lib/srs/retrievability.ts does in JS; the lowest of a note's cards is the one with
 *   the largest elapsed/stability, since R falls as that ratio grows (a note has at most 5 cards,
 *   one per card type); a review later than `now` (a device clock a little ahead) counts as
 *   just made (R = 1), where the query before ItemProgress gave R > 1;
 * - overdue cards and reviews in the last 7 days are counted in sorted arrays by width_bucket (a
 *   binary search): the number of elements ≤ x.
 * tests/integration/retention-aggregates.test.ts proves these equal the figures computed from
 * scratch (notes ⋈ cards ⋈ review logs).
 */
export async function retentionFigures(opts: { classId: string; assignmentId?: string; onlyUserId?: string; now: Date }) {
  const nowDays = opts.now.getTime() / DAY_MS;
  // Elements < since7 are those ≤ since7 − 1 ms (stored times have millisecond precision).
  const beforeSince7 = new Date(opts.now.getTime() - 7 * DAY_MS - 1);
  const elapsed = (i: number) => Prisma.sql`(${nowDays}::float8 - p."lastReviewDays"[${i}::int]) / p.stabilities[${i}::int]`;
  const [row] = await db.$queryRaw<{ students: StudentFigures[] | null; items: ItemFigures[] | null }[]>`
    WITH mem AS (
      SELECT d."userId", d.decay, power(0.9, -1.0 / d.decay) - 1 AS factor FROM (
        SELECT m."userId",
               CASE WHEN array_length(s.weights, 1) >= 21 THEN s.weights[21] ELSE ${default_w[20]}::float8 END AS decay
        FROM "Membership" m LEFT JOIN "SchedulingSettings" s ON s."userId" = m."userId"
        WHERE m."classId" = ${opts.classId}::uuid AND (${opts.onlyUserId ?? null}::uuid IS NULL OR m."userId" = ${opts.onlyUserId ?? null}::uuid)
      ) d
    ),
    per_item_user AS (
      SELECT p."userId", p."itemId", p."assignmentId", p.reps, p.lapses,
             CASE WHEN cardinality(p."lastReviewDays") > 0
                  THEN power(1 + m.factor * greatest(0, ${elapsed(1)}, ${elapsed(2)}, ${elapsed(3)}, ${elapsed(4)}, ${elapsed(5)}), -m.decay)
             END AS minr,
             coalesce(width_bucket(${opts.now}::timestamptz, p.dues), 0) AS overdue,
             coalesce(width_bucket(${opts.now}::timestamptz, p."reviewTimes") - width_bucket(${beforeSince7}::timestamptz, p."reviewTimes"), 0) AS reviews
      FROM "ItemProgress" p JOIN mem m ON m."userId" = p."userId"
      WHERE p."classId" = ${opts.classId}::uuid AND (${opts.assignmentId ?? null}::uuid IS NULL OR p."assignmentId" = ${opts.assignmentId ?? null}::uuid)
    ),
    -- One pass over the rows, two groupings: per student and assignment, per item.
    g AS (
      SELECT "userId", "itemId", "assignmentId", count(*)::int AS items,
             count(*) FILTER (WHERE minr >= ${KNOWN_RETRIEVABILITY})::int AS retained,
             sum(reviews)::int AS "reviews7d", sum(overdue)::int AS overdue,
             count(minr)::int AS students,
             CASE WHEN sum(reps) > 0 THEN sum(lapses)::float8 / sum(reps) END AS "againRate",
             avg(minr) AS "averageRetrievability"
      FROM per_item_user GROUP BY GROUPING SETS (("userId", "assignmentId"), ("itemId", "assignmentId"))
    )
    SELECT
      (SELECT json_agg(json_build_object('userId', g."userId", 'assignmentId', g."assignmentId", 'items', g.items, 'retained', g.retained,
              'reviews7d', g."reviews7d", 'overdue', g.overdue))
         FROM g WHERE g."userId" IS NOT NULL) AS students,
      (SELECT json_agg(json_build_object('itemId', g."itemId", 'assignmentId', g."assignmentId", 'kind', lower(ai.kind::text), 'text', ai.text,
              'pinyin', ai.pinyin, 'meaning', ai.meaning, 'students', g.students, 'againRate', g."againRate", 'averageRetrievability', g."averageRetrievability"))
         FROM g JOIN "AssignmentItem" ai ON ai.id = g."itemId") AS items`;
  return { students: row?.students ?? [], items: row?.items ?? [] };
}
