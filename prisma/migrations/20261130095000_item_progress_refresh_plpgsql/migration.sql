-- item_progress_refresh was a LANGUAGE sql function: PostgreSQL (before 18) plans its statements
-- afresh on every call, and it runs twice for every answer (the card's update, the log's insert),
-- for every learner, whether or not a class follows the note. As plpgsql its plans are cached per
-- connection, and a note no assignment names (most notes) stops after the delete. Same rows.
CREATE OR REPLACE FUNCTION item_progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(note_ids) = 0 THEN RETURN; END IF;
  DELETE FROM "ItemProgress" WHERE "noteId" = ANY(note_ids);
  IF NOT EXISTS (SELECT 1 FROM "Note" n JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text WHERE n.id = ANY(note_ids)) THEN
    RETURN;
  END IF;
  WITH notes AS (
      SELECT n.id, n."userId", n.kind, n.text FROM "Note" n
      WHERE n.id = ANY(note_ids) AND EXISTS (SELECT 1 FROM "AssignmentItem" ai WHERE ai.kind = n.kind AND ai.text = n.text)
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
    )
    INSERT INTO "ItemProgress" ("itemId", "userId", "classId", "assignmentId", "noteId", "lastReviewDays", stabilities, dues, "reviewTimes", reps, lapses)
    SELECT ai.id, n."userId", a."classId", ai."assignmentId", n.id, cs.lr, cs.st, cs.dues, coalesce(rs.times, '{}'), cs.reps, cs.lapses
    FROM notes n
    JOIN cs ON cs."noteId" = n.id
    JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text
    JOIN "Assignment" a ON a.id = ai."assignmentId"
    JOIN "Membership" m ON m."classId" = a."classId" AND m."userId" = n."userId"
    LEFT JOIN rs ON rs."noteId" = n.id
    -- Two answers on one note at once: the second transaction's delete misses the first's new row.
    ON CONFLICT ("itemId", "userId") DO UPDATE SET "classId" = EXCLUDED."classId", "assignmentId" = EXCLUDED."assignmentId",
      "noteId" = EXCLUDED."noteId", "lastReviewDays" = EXCLUDED."lastReviewDays", stabilities = EXCLUDED.stabilities,
      dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses;
END $$;
