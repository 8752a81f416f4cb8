-- migrate: no-transaction
-- The queue's learning cards (lib/server/review/build-queue.ts loadLearningCandidates) were read
-- through Card_userId_due_seen_idx, which holds every seen card: a heavy learner's queue read ~1,700
-- cards due today to keep ~100 learning ones (1.2 of the query's 2.2 ms, EXPLAIN ANALYZE). Built
-- CONCURRENTLY: Card is the biggest, busiest table.

-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Card_userId_due_learning_idx" ON "Card"("userId", "due") WHERE (NOT suspended) AND (state IN (1, 3));
