-- CreateTable
CREATE TABLE "LessonProgress" (
    "userId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "saved" INTEGER NOT NULL,
    "dues" TIMESTAMPTZ(3)[],
    "reviewTimes" TIMESTAMPTZ(3)[],
    "reviewStateTimes" TIMESTAMPTZ(3)[],
    "passedTimes" TIMESTAMPTZ(3)[],

    CONSTRAINT "LessonProgress_pkey" PRIMARY KEY ("userId","lessonId")
);

-- CreateIndex
CREATE INDEX "Note_userId_lessonId_idx" ON "Note"("userId", "lessonId");

-- LessonProgress is kept by the triggers below for each (student, lesson) where the lesson is
-- assigned to one of the student's classes and the student has saved a note from it. Statement-level,
-- so a bulk change refreshes each pair once.

-- These pairs (by position), recomputed from notes, cards and review logs, or removed.
CREATE FUNCTION lesson_progress_refresh(user_ids uuid[], lesson_ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
$$;

CREATE FUNCTION lesson_progress_note_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT "userId" FROM new_rows), ARRAY(SELECT "lessonId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT "userId" FROM old_rows), ARRAY(SELECT "lessonId" FROM old_rows));
  ELSE
    PERFORM lesson_progress_refresh(
      ARRAY(SELECT x.u FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n."userId", n."lessonId"), (o."userId", o."lessonId")) x(u, l)
            WHERE (n."userId", n."lessonId") IS DISTINCT FROM (o."userId", o."lessonId") ORDER BY x.u, x.l),
      ARRAY(SELECT x.l FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n."userId", n."lessonId"), (o."userId", o."lessonId")) x(u, l)
            WHERE (n."userId", n."lessonId") IS DISTINCT FROM (o."userId", o."lessonId") ORDER BY x.u, x.l));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_progress_note_insert AFTER INSERT ON "Note" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_note_changed();
CREATE TRIGGER lesson_progress_note_update AFTER UPDATE ON "Note" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_note_changed();
CREATE TRIGGER lesson_progress_note_delete AFTER DELETE ON "Note" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_note_changed();

-- Cards and logs: the pair of the note they belong to (a note deleted with its cards is the note
-- trigger's business).
CREATE FUNCTION lesson_progress_card_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE note_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    note_ids := ARRAY(SELECT DISTINCT "noteId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    note_ids := ARRAY(SELECT DISTINCT "noteId" FROM old_rows);
  ELSE
    -- Burying (buriedUntil), stability and version bumps alone change nothing here.
    note_ids := ARRAY(
      SELECT n."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."noteId", n.state, n.due, n.suspended) IS DISTINCT FROM (o."noteId", o.state, o.due, o.suspended)
      UNION SELECT o."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."noteId" <> o."noteId");
  END IF;
  IF cardinality(note_ids) > 0 THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT n."userId" FROM "Note" n WHERE n.id IN (SELECT unnest(note_ids)) AND n."lessonId" IS NOT NULL ORDER BY n.id),
                                    ARRAY(SELECT n."lessonId" FROM "Note" n WHERE n.id IN (SELECT unnest(note_ids)) AND n."lessonId" IS NOT NULL ORDER BY n.id));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_progress_card_insert AFTER INSERT ON "Card" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_card_changed();
CREATE TRIGGER lesson_progress_card_update AFTER UPDATE ON "Card" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_card_changed();
CREATE TRIGGER lesson_progress_card_delete AFTER DELETE ON "Card" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_card_changed();

CREATE FUNCTION lesson_progress_log_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE note_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    note_ids := ARRAY(SELECT DISTINCT c."noteId" FROM new_rows r JOIN "Card" c ON c.id = r."cardId");
  ELSE
    note_ids := ARRAY(SELECT DISTINCT c."noteId" FROM old_rows r JOIN "Card" c ON c.id = r."cardId");
  END IF;
  IF cardinality(note_ids) > 0 THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT n."userId" FROM "Note" n WHERE n.id IN (SELECT unnest(note_ids)) AND n."lessonId" IS NOT NULL ORDER BY n.id),
                                    ARRAY(SELECT n."lessonId" FROM "Note" n WHERE n.id IN (SELECT unnest(note_ids)) AND n."lessonId" IS NOT NULL ORDER BY n.id));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_progress_log_insert AFTER INSERT ON "ReviewLog" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_log_changed();
CREATE TRIGGER lesson_progress_log_delete AFTER DELETE ON "ReviewLog" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_log_changed();

-- Members and assignments: every pair they open or close.
CREATE FUNCTION lesson_progress_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT m."userId" FROM new_rows m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"),
                                    ARRAY(SELECT a."lessonId" FROM new_rows m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"));
  ELSE
    PERFORM lesson_progress_refresh(ARRAY(SELECT m."userId" FROM old_rows m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"),
                                    ARRAY(SELECT a."lessonId" FROM old_rows m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_progress_member_insert AFTER INSERT ON "Membership" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_member_changed();
CREATE TRIGGER lesson_progress_member_delete AFTER DELETE ON "Membership" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_member_changed();

CREATE FUNCTION lesson_progress_assignment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT m."userId" FROM new_rows a JOIN "Membership" m ON m."classId" = a."classId" ORDER BY m."userId", a."lessonId"),
                                    ARRAY(SELECT a."lessonId" FROM new_rows a JOIN "Membership" m ON m."classId" = a."classId" ORDER BY m."userId", a."lessonId"));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM lesson_progress_refresh(ARRAY(SELECT m."userId" FROM old_rows a JOIN "Membership" m ON m."classId" = a."classId" ORDER BY m."userId", a."lessonId"),
                                    ARRAY(SELECT a."lessonId" FROM old_rows a JOIN "Membership" m ON m."classId" = a."classId" ORDER BY m."userId", a."lessonId"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_progress_assignment_insert AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_assignment_changed();
CREATE TRIGGER lesson_progress_assignment_update AFTER UPDATE ON "Assignment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_assignment_changed();
CREATE TRIGGER lesson_progress_assignment_delete AFTER DELETE ON "Assignment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lesson_progress_assignment_changed();

-- Backfill.
SELECT lesson_progress_refresh(
  ARRAY(SELECT m."userId" FROM "Membership" m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"),
  ARRAY(SELECT a."lessonId" FROM "Membership" m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"));
