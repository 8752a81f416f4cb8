-- ItemProgress trades its two arrays for columns and carries the student's decay (see the schema);
-- its rows are rebuilt below, and AssignmentProgress from them (TRUNCATE fires no delete trigger).
TRUNCATE "ItemProgress", "AssignmentProgress";

-- AlterTable
ALTER TABLE "ItemProgress" DROP COLUMN "lastReviewDays",
DROP COLUMN "stabilities",
ADD COLUMN     "decay" DOUBLE PRECISION NOT NULL,
ADD COLUMN     "factor" DOUBLE PRECISION NOT NULL,
ADD COLUMN     "lastReview1" DOUBLE PRECISION,
ADD COLUMN     "lastReview2" DOUBLE PRECISION,
ADD COLUMN     "lastReview3" DOUBLE PRECISION,
ADD COLUMN     "lastReview4" DOUBLE PRECISION,
ADD COLUMN     "lastReview5" DOUBLE PRECISION,
ADD COLUMN     "stability1" DOUBLE PRECISION,
ADD COLUMN     "stability2" DOUBLE PRECISION,
ADD COLUMN     "stability3" DOUBLE PRECISION,
ADD COLUMN     "stability4" DOUBLE PRECISION,
ADD COLUMN     "stability5" DOUBLE PRECISION;

-- A student's FSRS decay: weights[21] of their optimised weights, else ts-fsrs's default_w[20]
-- (tests/integration/retention-aggregates.test.ts compares with the JS constant).
CREATE FUNCTION fsrs_decay(weights float8[]) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN array_length(weights, 1) >= 21 THEN weights[21] ELSE 0.1542 END;
$$;

CREATE OR REPLACE FUNCTION item_progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Per note, its cards and logs through LATERAL index reads: the planner cannot know how many ids
  -- it gets (an answer passes one, the backfill every note), and joins between CTEs it guessed
  -- small became nested loops, quadratic for the backfill.
  WITH fresh AS (
    SELECT ai.id AS "itemId", n."userId", a."classId", ai."assignmentId", n.id AS "noteId", cs.lr, cs.st, cs.dues,
           coalesce(rs.times, '{}') AS times, cs.reps, cs.lapses, d.decay, power(0.9, -1.0 / d.decay) - 1 AS factor
    FROM "Note" n
    CROSS JOIN LATERAL (
      SELECT count(*) AS cards,
        array_agg(extract(epoch FROM c."lastReview")::float8 / 86400 ORDER BY c.id)
          FILTER (WHERE NOT c.suspended AND c."lastReview" IS NOT NULL AND c.stability > 0) AS lr,
        array_agg(c.stability ORDER BY c.id) FILTER (WHERE NOT c.suspended AND c."lastReview" IS NOT NULL AND c.stability > 0) AS st,
        coalesce(array_agg(c.due ORDER BY c.due) FILTER (WHERE c.state <> 0 AND NOT c.suspended), '{}') AS dues,
        (sum(c.reps) FILTER (WHERE c.state <> 0))::int AS reps, sum(c.lapses)::int AS lapses
      FROM "Card" c WHERE c."noteId" = n.id
    ) cs
    -- Only what a 7-day window ending at or after the latest answer can see.
    CROSS JOIN LATERAL (
      SELECT array_agg(x.review ORDER BY x.review) AS times FROM (
        SELECT l.review, max(l.review) OVER () AS latest
        FROM "Card" c JOIN "ReviewLog" l ON l."cardId" = c.id WHERE c."noteId" = n.id
      ) x WHERE x.review >= x.latest - interval '8 days'
    ) rs
    JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text
    JOIN "Assignment" a ON a.id = ai."assignmentId"
    JOIN "Membership" m ON m."classId" = a."classId" AND m."userId" = n."userId"
    CROSS JOIN LATERAL (SELECT fsrs_decay((SELECT s.weights FROM "SchedulingSettings" s WHERE s."userId" = n."userId")) AS decay) d
    WHERE n.id IN (SELECT unnest(note_ids)) AND cs.cards > 0
  ), gone AS (
    -- NOT IN over a hashed set, not NOT EXISTS per row.
    DELETE FROM "ItemProgress" p WHERE p."noteId" IN (SELECT unnest(note_ids))
      AND (p."itemId", p."userId") NOT IN (SELECT f."itemId", f."userId" FROM fresh f)
  )
  INSERT INTO "ItemProgress" AS p ("itemId", "userId", "classId", "assignmentId", "noteId", "lastReview1", "stability1", "lastReview2", "stability2",
    "lastReview3", "stability3", "lastReview4", "stability4", "lastReview5", "stability5", dues, "reviewTimes", reps, lapses, decay, factor)
  SELECT "itemId", "userId", "classId", "assignmentId", "noteId", lr[1], st[1], lr[2], st[2], lr[3], st[3], lr[4], st[4], lr[5], st[5],
    dues, times, reps, lapses, decay, factor FROM fresh
  -- Two answers on one note at once: the second transaction may not see the first's new row.
  ON CONFLICT ("itemId", "userId") DO UPDATE SET "classId" = EXCLUDED."classId", "assignmentId" = EXCLUDED."assignmentId",
    "noteId" = EXCLUDED."noteId", "lastReview1" = EXCLUDED."lastReview1", "stability1" = EXCLUDED."stability1",
    "lastReview2" = EXCLUDED."lastReview2", "stability2" = EXCLUDED."stability2", "lastReview3" = EXCLUDED."lastReview3",
    "stability3" = EXCLUDED."stability3", "lastReview4" = EXCLUDED."lastReview4", "stability4" = EXCLUDED."stability4",
    "lastReview5" = EXCLUDED."lastReview5", "stability5" = EXCLUDED."stability5",
    dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses,
    decay = EXCLUDED.decay, factor = EXCLUDED.factor
  WHERE (p."classId", p."assignmentId", p."noteId", p."lastReview1", p."stability1", p."lastReview2", p."stability2", p."lastReview3",
         p."stability3", p."lastReview4", p."stability4", p."lastReview5", p."stability5", p.dues, p."reviewTimes", p.reps, p.lapses, p.decay)
    IS DISTINCT FROM (EXCLUDED."classId", EXCLUDED."assignmentId", EXCLUDED."noteId", EXCLUDED."lastReview1", EXCLUDED."stability1",
         EXCLUDED."lastReview2", EXCLUDED."stability2", EXCLUDED."lastReview3", EXCLUDED."stability3", EXCLUDED."lastReview4",
         EXCLUDED."stability4", EXCLUDED."lastReview5", EXCLUDED."stability5", EXCLUDED.dues, EXCLUDED."reviewTimes", EXCLUDED.reps,
         EXCLUDED.lapses, EXCLUDED.decay);
$$;

-- The weakest card's "retained until" (lastReview + stability) now reads the columns.
CREATE OR REPLACE FUNCTION assignment_progress_refresh(user_ids uuid[], assignment_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH k AS (SELECT DISTINCT u, a FROM unnest(user_ids, assignment_ids) k(u, a)),
  fresh AS (
    SELECT k.u AS "userId", k.a AS "assignmentId", x."classId", x.items, x.retained, d.dues, r.times
    FROM k
    CROSS JOIN LATERAL (
      SELECT (array_agg(p."classId"))[1] AS "classId", count(*)::int AS items,
             coalesce(array_agg(-w.until ORDER BY -w.until) FILTER (WHERE w.until IS NOT NULL), '{}') AS retained
      FROM "ItemProgress" p
      CROSS JOIN LATERAL (SELECT least(p."lastReview1" + p."stability1", p."lastReview2" + p."stability2", p."lastReview3" + p."stability3",
                                       p."lastReview4" + p."stability4", p."lastReview5" + p."stability5") AS until) w
      WHERE p."userId" = k.u AND p."assignmentId" = k.a
    ) x
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(t ORDER BY t), '{}') AS dues FROM "ItemProgress" p, unnest(p.dues) t WHERE p."userId" = k.u AND p."assignmentId" = k.a
    ) d
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(t ORDER BY t), '{}') AS times FROM "ItemProgress" p, unnest(p."reviewTimes") t WHERE p."userId" = k.u AND p."assignmentId" = k.a
    ) r
    WHERE x.items > 0
  ),
  gone AS (
    DELETE FROM "AssignmentProgress" ap USING k
    WHERE ap."userId" = k.u AND ap."assignmentId" = k.a
      AND (k.u, k.a) NOT IN (SELECT f."userId", f."assignmentId" FROM fresh f)
  )
  INSERT INTO "AssignmentProgress" ("userId", "assignmentId", "classId", items, "minusRetainedUntil", dues, "reviewTimes")
  SELECT "userId", "assignmentId", "classId", items, retained, dues, times FROM fresh
  ON CONFLICT ("userId", "assignmentId") DO UPDATE SET "classId" = EXCLUDED."classId", items = EXCLUDED.items,
    "minusRetainedUntil" = EXCLUDED."minusRetainedUntil", dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes";
$$;

-- A student's weights change (the optimiser, a reset): their rows take the new decay.
CREATE FUNCTION item_progress_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ItemProgress" p SET decay = d.decay, factor = power(0.9, -1.0 / d.decay) - 1
  FROM (SELECT n."userId", fsrs_decay(n.weights) AS decay FROM new_rows n) d
  WHERE p."userId" = d."userId" AND p.decay IS DISTINCT FROM d.decay;
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_settings_insert AFTER INSERT ON "SchedulingSettings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_settings_changed();
CREATE TRIGGER item_progress_settings_update AFTER UPDATE ON "SchedulingSettings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_settings_changed();

-- Backfill (AssignmentProgress follows through its trigger).
SELECT item_progress_refresh(ARRAY(
  SELECT DISTINCT n.id FROM "Note" n JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text));
