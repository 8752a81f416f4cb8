// The dashboard's figures computed from the source tables, for comparison with the ItemProgress path.
import { default_w } from "ts-fsrs";
import { db } from "@/lib/server/db";
import { KNOWN_RETRIEVABILITY } from "@/lib/srs/retrievability";
import type { ItemFigures, StudentFigures } from "@/lib/server/assignments/retention-query";

const DAY_MS = 86_400_000;

/**
 * The retention figures computed from scratch (notes ⋈ cards ⋈ review logs), exactly as the
 * dashboard computed them before ItemProgress: the reference the aggregate path is compared with.
 * Students are the class's current members; `onlyUserId` narrows it to one of them.
 * Retrievability is FSRS's forgetting curve with each student's own decay.
 */
export async function retentionFromScratch(opts: { classId: string; assignmentId?: string; onlyUserId?: string; now: Date }) {
  const since7 = new Date(opts.now.getTime() - 7 * DAY_MS);
  const [row] = await db.$queryRaw<{ students: StudentFigures[] | null; items: ItemFigures[] | null }[]>`
    WITH mem AS (
      SELECT m."userId",
             CASE WHEN array_length(s.weights, 1) >= 21 THEN s.weights[21] ELSE ${default_w[20]}::float8 END AS decay
      FROM "Membership" m LEFT JOIN "SchedulingSettings" s ON s."userId" = m."userId"
      WHERE m."classId" = ${opts.classId}::uuid AND (${opts.onlyUserId ?? null}::uuid IS NULL OR m."userId" = ${opts.onlyUserId ?? null}::uuid)
    ),
    items AS (
      SELECT ai.id, ai."assignmentId", ai.kind, ai.text FROM "AssignmentItem" ai JOIN "Assignment" a ON a.id = ai."assignmentId"
      WHERE a."classId" = ${opts.classId}::uuid AND (${opts.assignmentId ?? null}::uuid IS NULL OR a.id = ${opts.assignmentId ?? null}::uuid)
    ),
    cards AS MATERIALIZED (
      SELECT m."userId", i.id AS "itemId", i."assignmentId", c.id AS "cardId", c.state, c.due, c.suspended, c.reps, c.lapses,
             CASE WHEN c."lastReview" IS NULL OR c.stability <= 0 THEN NULL
                  ELSE power(1 + (power(0.9, -1.0 / m.decay) - 1) * (extract(epoch FROM (${opts.now}::timestamptz - c."lastReview")) / 86400.0) / c.stability, -m.decay)
             END AS r
      FROM mem m CROSS JOIN items i
      JOIN "Note" n ON n."userId" = m."userId" AND n.kind = i.kind AND n.text = i.text
      JOIN "Card" c ON c."noteId" = n.id
    ),
    per_item_user AS MATERIALIZED (
      SELECT "userId", "itemId", "assignmentId",
             min(r) FILTER (WHERE NOT suspended AND r IS NOT NULL) AS minr,
             count(*) FILTER (WHERE state <> 0 AND NOT suspended AND due <= ${opts.now}) AS overdue,
             sum(reps) FILTER (WHERE state <> 0) AS reps, sum(lapses) AS lapses
      FROM cards GROUP BY 1, 2, 3
    ),
    logs AS (
      SELECT c."userId", c."assignmentId", count(*) AS n
      FROM "ReviewLog" l JOIN cards c ON c."cardId" = l."cardId"
      WHERE l."userId" IN (SELECT "userId" FROM mem) AND l.review >= ${since7} AND l.review <= ${opts.now}
      GROUP BY 1, 2
    ),
    students AS (
      SELECT p."userId", p."assignmentId", count(*)::int AS items,
             count(*) FILTER (WHERE p.minr >= ${KNOWN_RETRIEVABILITY})::int AS retained,
             coalesce(max(l.n), 0)::int AS "reviews7d", sum(p.overdue)::int AS overdue
      FROM per_item_user p LEFT JOIN logs l ON l."userId" = p."userId" AND l."assignmentId" = p."assignmentId"
      GROUP BY 1, 2
    ),
    per_item AS (
      SELECT p."itemId", p."assignmentId", count(p.minr)::int AS students,
             CASE WHEN sum(p.reps) > 0 THEN sum(p.lapses)::float8 / sum(p.reps) END AS "againRate",
             avg(p.minr) AS "averageRetrievability"
      FROM per_item_user p GROUP BY 1, 2
    )
    SELECT
      (SELECT json_agg(s) FROM students s) AS students,
      (SELECT json_agg(json_build_object('itemId', p."itemId", 'assignmentId', p."assignmentId", 'kind', lower(ai.kind::text), 'text', ai.text,
              'pinyin', ai.pinyin, 'meaning', ai.meaning, 'students', p.students, 'againRate', p."againRate", 'averageRetrievability', p."averageRetrievability"))
         FROM per_item p JOIN "AssignmentItem" ai ON ai.id = p."itemId") AS items`;
  return { students: row?.students ?? [], items: row?.items ?? [] };
}
