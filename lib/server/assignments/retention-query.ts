import "server-only";
import { db, Prisma } from "@/lib/server/db";

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
 * Retention of a class's assignment items, read from two tables kept by triggers (migrations
 * item_progress and assignment_progress), so nothing here joins notes, cards or review logs:
 * - per student and assignment, AssignmentProgress (one row each): items retained now (every
 *   reviewed card at retrievability ≥ KNOWN_RETRIEVABILITY, 0.9) are those whose weakest card has
 *   not yet reached lastReview + stability, where FSRS puts retrievability at exactly 0.9 whatever
 *   the decay (the test fails if that threshold moves); overdue cards and reviews in the last 7 days are
 *   counted in its sorted arrays by width_bucket (a binary search: the elements ≤ x);
 * - per item, ItemProgress (one row per student and item): the average retrievability needs each
 *   student's own figure, FSRS's forgetting curve with their decay (weights[21], else the default,
 *   kept on the row with its factor), as lib/srs/retrievability.ts does in JS; the lowest of a
 *   note's cards is the one with the largest elapsed/stability (a note has at most 5 cards, one per
 *   card type, in columns 1–5); a review later than `now` (a device clock a little ahead) counts as
 *   just made (R = 1).
 * Rows of ItemProgress belong to current members only (the Membership triggers), so the items need
 * no join; the students go through Membership all the same.
 * The students are the class's current members (Membership in the `where`: a removed student drops
 * out); `onlyUserId` narrows it to one of them (a student's own figures) and skips the items.
 * tests/integration/retention-aggregates.test.ts proves these equal the figures computed from
 * scratch (notes ⋈ cards ⋈ review logs).
 */
export async function retentionFigures(opts: { classId: string; assignmentId?: string; onlyUserId?: string; now: Date; withItems?: boolean }) {
  const nowDays = opts.now.getTime() / DAY_MS;
  // Elements < since7 are those ≤ since7 − 1 ms (stored times have millisecond precision).
  const beforeSince7 = new Date(opts.now.getTime() - 7 * DAY_MS - 1);
  const assignmentId = opts.assignmentId ?? null;
  const onlyUserId = opts.onlyUserId ?? null;
  const withItems = opts.withItems ?? true;
  // Elapsed time over stability per reviewed card (a missing card's NULL is ignored by greatest).
  const elapsed = (i: number) => Prisma.sql`(${nowDays}::float8 - p.${Prisma.raw(`"lastReview${i}"`)}) / p.${Prisma.raw(`"stability${i}"`)}`;
  const [row] = await db.$queryRaw<{ students: StudentFigures[] | null; items: ItemFigures[] | null }[]>`
    WITH mem AS (
      SELECT m."userId" FROM "Membership" m
      WHERE m."classId" = ${opts.classId}::uuid AND (${onlyUserId}::uuid IS NULL OR m."userId" = ${onlyUserId}::uuid)
    ),
    students AS (
      SELECT json_agg(json_build_object('userId', ap."userId", 'assignmentId', ap."assignmentId", 'items', ap.items,
               'retained', coalesce(width_bucket(${-nowDays}::float8, ap."minusRetainedUntil"), 0),
               'reviews7d', coalesce(width_bucket(${opts.now}::timestamptz, ap."reviewTimes") - width_bucket(${beforeSince7}::timestamptz, ap."reviewTimes"), 0),
               'overdue', coalesce(width_bucket(${opts.now}::timestamptz, ap.dues), 0))) AS students
      FROM "AssignmentProgress" ap JOIN mem m ON m."userId" = ap."userId"
      WHERE ap."classId" = ${opts.classId}::uuid AND (${assignmentId}::uuid IS NULL OR ap."assignmentId" = ${assignmentId}::uuid)
    ),
    per_item AS (
      SELECT p."itemId", count(p."lastReview1")::int AS students,
             CASE WHEN sum(p.reps) > 0 THEN sum(p.lapses)::float8 / sum(p.reps) END AS "againRate",
             avg(power(1 + p.factor * greatest(0, ${elapsed(1)}, ${elapsed(2)}, ${elapsed(3)}, ${elapsed(4)}, ${elapsed(5)}), -p.decay))
               FILTER (WHERE p."lastReview1" IS NOT NULL) AS "averageRetrievability"
      FROM "ItemProgress" p
      WHERE ${withItems} AND p."classId" = ${opts.classId}::uuid AND (${assignmentId}::uuid IS NULL OR p."assignmentId" = ${assignmentId}::uuid)
        AND (${onlyUserId}::uuid IS NULL OR p."userId" = ${onlyUserId}::uuid)
      GROUP BY p."itemId"
    )
    SELECT (SELECT students FROM students) AS students,
      (SELECT json_agg(json_build_object('itemId', g."itemId", 'assignmentId', ai."assignmentId", 'kind', lower(ai.kind::text), 'text', ai.text,
              'pinyin', ai.pinyin, 'meaning', ai.meaning, 'students', g.students, 'againRate', g."againRate", 'averageRetrievability', g."averageRetrievability"))
         FROM per_item g JOIN "AssignmentItem" ai ON ai.id = g."itemId") AS items`;
  return { students: row?.students ?? [], items: row?.items ?? [] };
}
