-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "newTypes" "CardType"[] DEFAULT ARRAY[]::"CardType"[];


-- Note."newTypes" lists the types of the note's unsuspended new cards (state 0), so the review
-- queue reads new cards only from notes that have one (lib/server/review/build-queue.ts), instead
-- of probing every studied note first. Kept by the triggers below, in the transaction of whatever
-- changed the cards: an insert or delete (statement-level, so an import refreshes each note once)
-- or an update that makes a card new or not new (row-level with a WHEN clause, so an answer to a
-- card already studied costs no function call at all).

CREATE FUNCTION note_new_types_refresh(note_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(note_ids) = 0 THEN RETURN; END IF;
  -- Lock the notes first (in id order): the next statement then takes a fresh snapshot, so two
  -- transactions changing cards of one note at once cannot leave a list that misses a new card.
  PERFORM 1 FROM "Note" WHERE id = ANY(note_ids) ORDER BY id FOR UPDATE;
  UPDATE "Note" n SET "newTypes" = t.types
  FROM (
    SELECT i.id, coalesce((SELECT array_agg(c.type ORDER BY c.type) FROM "Card" c
                           WHERE c."noteId" = i.id AND c.state = 0 AND NOT c.suspended), '{}') AS types
    FROM (SELECT DISTINCT unnest(note_ids) AS id) i
  ) t
  WHERE n.id = t.id AND n."newTypes" IS DISTINCT FROM t.types;
END $$;

CREATE FUNCTION note_new_types_card_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM note_new_types_refresh(ARRAY(SELECT DISTINCT "noteId" FROM new_rows WHERE state = 0 AND NOT suspended));
  RETURN NULL;
END $$;
CREATE TRIGGER note_new_types_card_insert AFTER INSERT ON "Card" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_new_types_card_inserted();

CREATE FUNCTION note_new_types_card_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM note_new_types_refresh(ARRAY(SELECT DISTINCT "noteId" FROM old_rows WHERE state = 0 AND NOT suspended));
  RETURN NULL;
END $$;
CREATE TRIGGER note_new_types_card_delete AFTER DELETE ON "Card" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_new_types_card_deleted();

CREATE FUNCTION note_new_types_card_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM note_new_types_refresh(ARRAY[OLD."noteId", NEW."noteId"]);
  RETURN NULL;
END $$;
CREATE TRIGGER note_new_types_card_update AFTER UPDATE ON "Card" FOR EACH ROW
  WHEN (((OLD.state = 0 AND NOT OLD.suspended) OR (NEW.state = 0 AND NOT NEW.suspended))
    AND (OLD.state, OLD.suspended, OLD."noteId", OLD.type) IS DISTINCT FROM (NEW.state, NEW.suspended, NEW."noteId", NEW.type))
  EXECUTE FUNCTION note_new_types_card_updated();

-- The notes saved before this migration (the triggers above already lock Card against writes
-- until this transaction commits, so no change slips between the two).
UPDATE "Note" n SET "newTypes" = t.types
FROM (SELECT c."noteId", array_agg(c.type ORDER BY c.type) AS types FROM "Card" c
      WHERE c.state = 0 AND NOT c.suspended GROUP BY c."noteId") t
WHERE n.id = t."noteId";

-- CreateIndex
CREATE INDEX "Note_userId_createdAt_new_idx" ON "Note"("userId", "createdAt") WHERE ("newTypes" <> '{}'::"CardType"[]);

-- Statistics for the new column at once: the queue's plan depends on them (build-queue.ts).
ANALYZE "Note";
