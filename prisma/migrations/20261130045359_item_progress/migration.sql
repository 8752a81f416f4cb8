-- CreateTable
CREATE TABLE "ItemProgress" (
    "itemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "noteId" UUID NOT NULL,
    "lastReviewDays" DOUBLE PRECISION[],
    "stabilities" DOUBLE PRECISION[],
    "dues" TIMESTAMPTZ(3)[],
    "reviewTimes" TIMESTAMPTZ(3)[],
    "reps" INTEGER,
    "lapses" INTEGER NOT NULL,

    CONSTRAINT "ItemProgress_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateIndex
CREATE INDEX "ItemProgress_classId_assignmentId_idx" ON "ItemProgress"("classId", "assignmentId");

-- CreateIndex
CREATE INDEX "ItemProgress_noteId_idx" ON "ItemProgress"("noteId");

-- CreateIndex
CREATE INDEX "AssignmentItem_kind_text_idx" ON "AssignmentItem"("kind", "text");

-- AddForeignKey
ALTER TABLE "ItemProgress" ADD CONSTRAINT "ItemProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AssignmentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemProgress" ADD CONSTRAINT "ItemProgress_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ItemProgress is kept by the triggers below, in the transaction of whatever changed a note's cards
-- or review logs, a note's text, a class's members or an assignment's items. Statement-level, so a
-- bulk insert (an assignment received, an import, a restore) refreshes each note once.

-- The rows of these notes, recomputed from their cards and logs (and removed when they no longer match).
CREATE FUNCTION item_progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ItemProgress" WHERE "noteId" = ANY(note_ids);
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
$$;

CREATE FUNCTION item_progress_card_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(SELECT DISTINCT "noteId" FROM new_rows));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_card_insert AFTER INSERT ON "Card" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_card_inserted();

CREATE FUNCTION item_progress_card_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Burying (buriedUntil) and version bumps alone change nothing here.
  PERFORM item_progress_refresh(ARRAY(
    SELECT DISTINCT n."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."noteId", n.state, n.due, n.stability, n."lastReview", n.suspended, n.reps, n.lapses)
      IS DISTINCT FROM (o."noteId", o.state, o.due, o.stability, o."lastReview", o.suspended, o.reps, o.lapses)
    UNION SELECT o."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."noteId" <> o."noteId"));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_card_update AFTER UPDATE ON "Card" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_card_updated();

CREATE FUNCTION item_progress_card_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(SELECT DISTINCT "noteId" FROM old_rows));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_card_delete AFTER DELETE ON "Card" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_card_deleted();

CREATE FUNCTION item_progress_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(SELECT DISTINCT c."noteId" FROM new_rows r JOIN "Card" c ON c.id = r."cardId"));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_log_insert AFTER INSERT ON "ReviewLog" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_log_inserted();

CREATE FUNCTION item_progress_log_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(SELECT DISTINCT c."noteId" FROM old_rows r JOIN "Card" c ON c.id = r."cardId"));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_log_delete AFTER DELETE ON "ReviewLog" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_log_deleted();

CREATE FUNCTION item_progress_note_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."userId", n.kind, n.text) IS DISTINCT FROM (o."userId", o.kind, o.text)));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_note_update AFTER UPDATE ON "Note" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_note_updated();

CREATE FUNCTION item_progress_member_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM item_progress_refresh(ARRAY(
    SELECT DISTINCT n.id FROM new_rows m
    JOIN "Assignment" a ON a."classId" = m."classId"
    JOIN "AssignmentItem" ai ON ai."assignmentId" = a.id
    JOIN "Note" n ON n."userId" = m."userId" AND n.kind = ai.kind AND n.text = ai.text));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_member_insert AFTER INSERT ON "Membership" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_member_inserted();

CREATE FUNCTION item_progress_member_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ItemProgress" p USING old_rows m WHERE p."classId" = m."classId" AND p."userId" = m."userId";
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_member_delete AFTER DELETE ON "Membership" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_member_deleted();

CREATE FUNCTION item_progress_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "ItemProgress" p USING new_rows i WHERE p."itemId" = i.id;
  END IF;
  PERFORM item_progress_refresh(ARRAY(
    SELECT DISTINCT n.id FROM new_rows ai
    JOIN "Assignment" a ON a.id = ai."assignmentId"
    JOIN "Membership" m ON m."classId" = a."classId"
    JOIN "Note" n ON n."userId" = m."userId" AND n.kind = ai.kind AND n.text = ai.text));
  RETURN NULL;
END $$;
CREATE TRIGGER item_progress_item_insert AFTER INSERT ON "AssignmentItem" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_item_changed();
CREATE TRIGGER item_progress_item_update AFTER UPDATE ON "AssignmentItem" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION item_progress_item_changed();

-- Backfill: every note that answers to an assignment item.
SELECT item_progress_refresh(ARRAY(
  SELECT DISTINCT n.id FROM "Note" n JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text));
