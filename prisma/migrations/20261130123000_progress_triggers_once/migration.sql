-- Card and ReviewLog changes refreshed the class progress tables through four statement triggers
-- (ItemProgress and LessonProgress, on the card's update and again on the log's insert): for every
-- answer, four trigger calls, each with its own look at the notes, and two full refreshes of a
-- note a class follows. About 0.3 ms of the ~0.7 ms PostgreSQL spent per answer, for learners
-- in no class too.
-- Now one trigger per table and event refreshes both tables (progress_refresh), and an answer
-- refreshes once: the card's update trigger sees the log written by the same statement (statement
-- triggers run after the whole statement), so the log's insert trigger leaves out logs whose card
-- row was written by that same command (same xmin and cmin) — the card's trigger of that command
-- covers their note. The refresh functions themselves are unchanged.

-- Both progress tables for these notes, after one look at them: ItemProgress only for notes an
-- assignment names or that have rows to remove, LessonProgress only for notes saved from a lesson.
CREATE FUNCTION progress_refresh(note_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  users uuid[];
  lessons uuid[];
  items boolean;
BEGIN
  IF cardinality(note_ids) = 0 THEN RETURN; END IF;
  SELECT array_agg(n."userId" ORDER BY n.id) FILTER (WHERE n."lessonId" IS NOT NULL),
         array_agg(n."lessonId" ORDER BY n.id) FILTER (WHERE n."lessonId" IS NOT NULL),
         coalesce(bool_or(EXISTS (SELECT 1 FROM "AssignmentItem" ai WHERE ai.kind = n.kind AND ai.text = n.text)), false)
    INTO users, lessons, items
    FROM "Note" n WHERE n.id = ANY(note_ids);
  IF items OR EXISTS (SELECT 1 FROM "ItemProgress" p WHERE p."noteId" = ANY(note_ids)) THEN
    PERFORM item_progress_refresh(note_ids);
  END IF;
  IF users IS NOT NULL THEN
    PERFORM lesson_progress_refresh(users, lessons);
  END IF;
END $$;

CREATE FUNCTION progress_card_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_refresh(ARRAY(SELECT DISTINCT "noteId" FROM new_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION progress_card_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_refresh(ARRAY(SELECT DISTINCT "noteId" FROM old_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION progress_card_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_refresh(ARRAY(
    -- What the progress tables read of a card; burying (buriedUntil) and version bumps alone change nothing.
    SELECT n."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."noteId", n.state, n.due, n.stability, n."lastReview", n.suspended, n.reps, n.lapses)
      IS DISTINCT FROM (o."noteId", o.state, o.due, o.stability, o."lastReview", o.suspended, o.reps, o.lapses)
    UNION SELECT o."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."noteId" <> o."noteId"
    -- A card whose log this same command wrote: progress_log_inserted leaves that log to this trigger.
    UNION SELECT n."noteId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "Card" c ON c.id = n.id JOIN "ReviewLog" l ON l."cardId" = c.id AND l.xmin = c.xmin AND l.cmin = c.cmin
    WHERE (n."noteId", n.state, n.due, n.stability, n."lastReview", n.suspended, n.reps, n.lapses)
      IS NOT DISTINCT FROM (o."noteId", o.state, o.due, o.stability, o."lastReview", o.suspended, o.reps, o.lapses)));
  RETURN NULL;
END $$;

-- Logs whose card row the same command wrote are the card trigger's (above, or progress_card_inserted).
CREATE FUNCTION progress_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_refresh(ARRAY(
    SELECT DISTINCT c."noteId" FROM new_rows r JOIN "ReviewLog" l ON l.id = r.id JOIN "Card" c ON c.id = r."cardId"
    WHERE NOT (c.xmin = l.xmin AND c.cmin = l.cmin)));
  RETURN NULL;
END $$;

CREATE FUNCTION progress_log_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_refresh(ARRAY(SELECT DISTINCT c."noteId" FROM old_rows r JOIN "Card" c ON c.id = r."cardId"));
  RETURN NULL;
END $$;

DROP TRIGGER item_progress_card_insert ON "Card";
DROP TRIGGER item_progress_card_update ON "Card";
DROP TRIGGER item_progress_card_delete ON "Card";
DROP TRIGGER lesson_progress_card_insert ON "Card";
DROP TRIGGER lesson_progress_card_update ON "Card";
DROP TRIGGER lesson_progress_card_delete ON "Card";
DROP TRIGGER item_progress_log_insert ON "ReviewLog";
DROP TRIGGER item_progress_log_delete ON "ReviewLog";
DROP TRIGGER lesson_progress_log_insert ON "ReviewLog";
DROP TRIGGER lesson_progress_log_delete ON "ReviewLog";
DROP FUNCTION item_progress_card_inserted();
DROP FUNCTION item_progress_card_updated();
DROP FUNCTION item_progress_card_deleted();
DROP FUNCTION item_progress_log_inserted();
DROP FUNCTION item_progress_log_deleted();
DROP FUNCTION lesson_progress_card_changed();
DROP FUNCTION lesson_progress_log_changed();

CREATE TRIGGER progress_card_insert AFTER INSERT ON "Card" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_card_inserted();
CREATE TRIGGER progress_card_update AFTER UPDATE ON "Card" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_card_updated();
CREATE TRIGGER progress_card_delete AFTER DELETE ON "Card" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_card_deleted();
CREATE TRIGGER progress_log_insert AFTER INSERT ON "ReviewLog" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_log_inserted();
CREATE TRIGGER progress_log_delete AFTER DELETE ON "ReviewLog" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_log_deleted();
