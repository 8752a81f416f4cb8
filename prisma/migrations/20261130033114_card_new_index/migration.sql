-- migrate: no-transaction
-- Built CONCURRENTLY: Card is the biggest, busiest table (lib/server/db/migrate.ts runs this file
-- statement by statement outside a transaction).

-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Card_noteId_new_idx" ON "Card"("noteId") WHERE (state = 0) AND (NOT suspended);
