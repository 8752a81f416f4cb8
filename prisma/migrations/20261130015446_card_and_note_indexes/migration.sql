-- migrate: no-transaction
-- Indexes on tables that are large and busy in production: built CONCURRENTLY, so reviews and
-- imports go on while they build. lib/server/db/migrate.ts runs this file outside a transaction,
-- one statement at a time; IF NOT EXISTS makes a re-run after an interruption safe (an index left
-- INVALID by an interrupted build must be dropped by hand first: DROP INDEX CONCURRENTLY "...").

-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Note_lessonId_idx" ON "Note"("lessonId");

-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Card_userId_due_seen_idx" ON "Card"("userId", "due") WHERE (NOT suspended) AND (state <> 0);
