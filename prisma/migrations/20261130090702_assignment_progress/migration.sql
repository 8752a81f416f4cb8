-- CreateTable
CREATE TABLE "AssignmentProgress" (
    "userId" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "items" INTEGER NOT NULL,
    "minusRetainedUntil" DOUBLE PRECISION[],
    "dues" TIMESTAMPTZ(3)[],
    "reviewTimes" TIMESTAMPTZ(3)[],

    CONSTRAINT "AssignmentProgress_pkey" PRIMARY KEY ("userId","assignmentId")
);

-- CreateIndex
CREATE INDEX "AssignmentProgress_classId_assignmentId_idx" ON "AssignmentProgress"("classId", "assignmentId");

-- CreateIndex
CREATE INDEX "ItemProgress_userId_assignmentId_idx" ON "ItemProgress"("userId", "assignmentId");

-- AddForeignKey
ALTER TABLE "AssignmentProgress" ADD CONSTRAINT "AssignmentProgress_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AssignmentProgress sums a student's ItemProgress rows on one assignment. A trigger on ItemProgress
-- keeps it, so whatever keeps ItemProgress (answers, undo, joins, removals, item changes, the
-- cascades) keeps it too, in the same transaction.

-- These students' rows on these assignments (pairs by position: callers sort both arrays alike), recomputed from ItemProgress.
CREATE FUNCTION assignment_progress_refresh(user_ids uuid[], assignment_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH k AS (SELECT DISTINCT u, a FROM unnest(user_ids, assignment_ids) k(u, a)),
  fresh AS (
    SELECT k.u AS "userId", k.a AS "assignmentId", x."classId", x.items, x.retained, d.dues, r.times
    FROM k
    CROSS JOIN LATERAL (
      SELECT (array_agg(p."classId"))[1] AS "classId", count(*)::int AS items,
             coalesce(array_agg(-w.until ORDER BY -w.until) FILTER (WHERE w.until IS NOT NULL), '{}') AS retained
      FROM "ItemProgress" p
      CROSS JOIN LATERAL (SELECT min(l + s) AS until FROM unnest(p."lastReviewDays", p.stabilities) u(l, s)) w
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
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."userId" = k.u AND f."assignmentId" = k.a)
  )
  INSERT INTO "AssignmentProgress" ("userId", "assignmentId", "classId", items, "minusRetainedUntil", dues, "reviewTimes")
  SELECT "userId", "assignmentId", "classId", items, retained, dues, times FROM fresh
  ON CONFLICT ("userId", "assignmentId") DO UPDATE SET "classId" = EXCLUDED."classId", items = EXCLUDED.items,
    "minusRetainedUntil" = EXCLUDED."minusRetainedUntil", dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes";
$$;

CREATE FUNCTION assignment_progress_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM assignment_progress_refresh(ARRAY(SELECT "userId" FROM new_rows ORDER BY 1, "assignmentId"), ARRAY(SELECT "assignmentId" FROM new_rows ORDER BY "userId", 1));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM assignment_progress_refresh(ARRAY(SELECT "userId" FROM old_rows ORDER BY 1, "assignmentId"), ARRAY(SELECT "assignmentId" FROM old_rows ORDER BY "userId", 1));
  ELSE
    PERFORM assignment_progress_refresh(
      ARRAY(SELECT u FROM (SELECT "userId", "assignmentId" FROM new_rows UNION SELECT "userId", "assignmentId" FROM old_rows) x(u, a) ORDER BY u, a),
      ARRAY(SELECT a FROM (SELECT "userId", "assignmentId" FROM new_rows UNION SELECT "userId", "assignmentId" FROM old_rows) x(u, a) ORDER BY u, a));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER assignment_progress_item_insert AFTER INSERT ON "ItemProgress" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignment_progress_items_changed();
CREATE TRIGGER assignment_progress_item_update AFTER UPDATE ON "ItemProgress" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignment_progress_items_changed();
CREATE TRIGGER assignment_progress_item_delete AFTER DELETE ON "ItemProgress" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignment_progress_items_changed();

-- ItemProgress refreshed in one statement instead of a delete then an insert, so the trigger above
-- runs once per refresh: rows that no longer match are deleted, the others upserted (untouched when
-- nothing changed).
CREATE OR REPLACE FUNCTION item_progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH notes AS (
    SELECT n.id, n."userId", n.kind, n.text FROM "Note" n
    WHERE n.id IN (SELECT unnest(note_ids)) AND EXISTS (SELECT 1 FROM "AssignmentItem" ai WHERE ai.kind = n.kind AND ai.text = n.text)
  ), cs AS (
    SELECT c."noteId",
      coalesce(array_agg(extract(epoch FROM c."lastReview")::float8 / 86400 ORDER BY c.id)
        FILTER (WHERE NOT c.suspended AND c."lastReview" IS NOT NULL AND c.stability > 0), '{}') AS lr,
      coalesce(array_agg(c.stability ORDER BY c.id) FILTER (WHERE NOT c.suspended AND c."lastReview" IS NOT NULL AND c.stability > 0), '{}') AS st,
      coalesce(array_agg(c.due ORDER BY c.due) FILTER (WHERE c.state <> 0 AND NOT c.suspended), '{}') AS dues,
      (sum(c.reps) FILTER (WHERE c.state <> 0))::int AS reps, sum(c.lapses)::int AS lapses
    FROM "Card" c JOIN notes n ON n.id = c."noteId" GROUP BY c."noteId"
  ), rs AS (
    -- Only what a 7-day window ending at or after the latest answer can see.
    SELECT x."noteId", array_agg(x.review ORDER BY x.review) AS times FROM (
      SELECT c."noteId", l.review, max(l.review) OVER (PARTITION BY c."noteId") AS latest
      FROM "ReviewLog" l JOIN "Card" c ON c.id = l."cardId" JOIN notes n ON n.id = c."noteId"
    ) x WHERE x.review >= x.latest - interval '8 days' GROUP BY x."noteId"
  ), fresh AS (
    SELECT ai.id AS "itemId", n."userId", a."classId", ai."assignmentId", n.id AS "noteId", cs.lr, cs.st, cs.dues,
           coalesce(rs.times, '{}') AS times, cs.reps, cs.lapses
    FROM notes n
    JOIN cs ON cs."noteId" = n.id
    JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text
    JOIN "Assignment" a ON a.id = ai."assignmentId"
    JOIN "Membership" m ON m."classId" = a."classId" AND m."userId" = n."userId"
    LEFT JOIN rs ON rs."noteId" = n.id
  ), gone AS (
    DELETE FROM "ItemProgress" p WHERE p."noteId" IN (SELECT unnest(note_ids))
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."itemId" = p."itemId" AND f."userId" = p."userId")
  )
  INSERT INTO "ItemProgress" ("itemId", "userId", "classId", "assignmentId", "noteId", "lastReviewDays", stabilities, dues, "reviewTimes", reps, lapses)
  SELECT "itemId", "userId", "classId", "assignmentId", "noteId", lr, st, dues, times, reps, lapses FROM fresh
  -- Two answers on one note at once: the second transaction may not see the first's new row.
  ON CONFLICT ("itemId", "userId") DO UPDATE SET "classId" = EXCLUDED."classId", "assignmentId" = EXCLUDED."assignmentId",
    "noteId" = EXCLUDED."noteId", "lastReviewDays" = EXCLUDED."lastReviewDays", stabilities = EXCLUDED.stabilities,
    dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses
  WHERE ("ItemProgress"."classId", "ItemProgress"."assignmentId", "ItemProgress"."noteId", "ItemProgress"."lastReviewDays",
         "ItemProgress".stabilities, "ItemProgress".dues, "ItemProgress"."reviewTimes", "ItemProgress".reps, "ItemProgress".lapses)
    IS DISTINCT FROM (EXCLUDED."classId", EXCLUDED."assignmentId", EXCLUDED."noteId", EXCLUDED."lastReviewDays",
         EXCLUDED.stabilities, EXCLUDED.dues, EXCLUDED."reviewTimes", EXCLUDED.reps, EXCLUDED.lapses);
$$;

-- Backfill.
SELECT assignment_progress_refresh(ARRAY(SELECT "userId" FROM "ItemProgress" ORDER BY 1, "assignmentId"), ARRAY(SELECT "assignmentId" FROM "ItemProgress" ORDER BY "userId", 1));
