-- item_progress_refresh (as 20261130092743_item_progress_columns left it) was a LANGUAGE sql
-- function: PostgreSQL (before 18) plans its statement afresh on every call, and it runs twice for
-- every answer (the card's update, the log's insert), for every learner, whether or not a class
-- follows the note. As plpgsql its plan is cached per connection, and for notes no assignment names
-- (most notes) it only deletes their rows, if any: what the statement below does when `fresh` is
-- empty.
-- The statement itself is unchanged.
CREATE OR REPLACE FUNCTION item_progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(note_ids) = 0 THEN RETURN; END IF;
  IF NOT EXISTS (SELECT 1 FROM "Note" n JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text WHERE n.id = ANY(note_ids)) THEN
    -- Only if there is something to delete: an empty DELETE still fires ItemProgress's statement
    -- triggers (assignment_progress_refresh with no pairs, which changes nothing).
    IF EXISTS (SELECT 1 FROM "ItemProgress" WHERE "noteId" = ANY(note_ids)) THEN
      DELETE FROM "ItemProgress" WHERE "noteId" = ANY(note_ids);
    END IF;
    RETURN;
  END IF;
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
END $$;

-- lesson_progress_refresh (20261130090854_lesson_progress) likewise: a Card trigger calls it on every
-- answer, with empty arrays when the note has no lesson. As plpgsql, planned once per connection;
-- with no (user, lesson) pair it returns at once (its statement then changes nothing). The
-- statement itself is unchanged.
CREATE OR REPLACE FUNCTION lesson_progress_refresh(user_ids uuid[], lesson_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM unnest(user_ids, lesson_ids) k(u, l) WHERE u IS NOT NULL AND l IS NOT NULL) THEN RETURN; END IF;
  WITH k AS (SELECT DISTINCT u, l FROM unnest(user_ids, lesson_ids) k(u, l) WHERE u IS NOT NULL AND l IS NOT NULL),
  assigned AS (
    SELECT k.u, k.l FROM k WHERE EXISTS (
      SELECT 1 FROM "Membership" m JOIN "Assignment" a ON a."classId" = m."classId" WHERE m."userId" = k.u AND a."lessonId" = k.l)
  ),
  fresh AS (
    SELECT a.u, a.l, c.saved, c.dues, r.times, r.review_state, r.passed
    FROM assigned a
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT n.id)::int AS saved,
             coalesce(array_agg(c.due ORDER BY c.due) FILTER (WHERE c.state <> 0 AND NOT c.suspended), '{}') AS dues,
             coalesce(array_agg(c.id) FILTER (WHERE c.id IS NOT NULL), '{}') AS card_ids
      FROM "Note" n LEFT JOIN "Card" c ON c."noteId" = n.id
      WHERE n."userId" = a.u AND n."lessonId" = a.l
    ) c
    -- The latest answer, one index probe per card; then only what a 30-day window ending at or
    -- after it can see.
    CROSS JOIN LATERAL (
      SELECT max(x.review) AS latest FROM unnest(c.card_ids) u(card_id)
      CROSS JOIN LATERAL (SELECT l.review FROM "ReviewLog" l WHERE l."cardId" = u.card_id ORDER BY l.review DESC LIMIT 1) x
    ) t
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(l.review ORDER BY l.review), '{}') AS times,
             coalesce(array_agg(l.review ORDER BY l.review) FILTER (WHERE l.state = 2), '{}') AS review_state,
             coalesce(array_agg(l.review ORDER BY l.review) FILTER (WHERE l.state = 2 AND l.rating > 1), '{}') AS passed
      FROM "ReviewLog" l WHERE l."cardId" = ANY(c.card_ids) AND l.review >= t.latest - interval '31 days'
    ) r
    WHERE c.saved > 0
  ),
  gone AS (
    DELETE FROM "LessonProgress" p USING k WHERE p."userId" = k.u AND p."lessonId" = k.l
      AND (k.u, k.l) NOT IN (SELECT f.u, f.l FROM fresh f)
  )
  INSERT INTO "LessonProgress" ("userId", "lessonId", saved, dues, "reviewTimes", "reviewStateTimes", "passedTimes")
  SELECT u, l, saved, dues, times, review_state, passed FROM fresh
  -- Two answers at once: the second transaction may not see the first's new row.
  ON CONFLICT ("userId", "lessonId") DO UPDATE SET saved = EXCLUDED.saved, dues = EXCLUDED.dues, "reviewTimes" = EXCLUDED."reviewTimes",
    "reviewStateTimes" = EXCLUDED."reviewStateTimes", "passedTimes" = EXCLUDED."passedTimes";
END $$;
