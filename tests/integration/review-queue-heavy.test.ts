// A heavy learner (5,000 notes × 4 cards = 20,000 cards, 15,000 new): the queue reads a bounded
// number of cards, and still picks exactly what the pure rules pick from ALL the user's cards.
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { buildQueueForUser, loadQueueCandidates, PREVIEWED_CARDS } from "@/lib/server/review/build-queue";
import { getReviewPack } from "@/lib/server/review/get-review-pack";
import { previewLocally } from "@/lib/offline/local-schedule";
import { buildDailyQueue } from "@/lib/srs/build-queue";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import { toSrsCardType } from "@/lib/server/cards/card-row";
import { db, makeUser } from "../support/db";

const NOW = new Date("2025-03-10T02:00:00Z");
const NOTES = 5_000;
const SEEN_NOTES = 1_250;
let userId = "";

beforeAll(async () => {
  userId = (await makeUser()).id;
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO "Note" ("userId", kind, text, "createdAt", "updatedAt")
       SELECT $1::uuid, 'WORD', '词' || n, $2::timestamptz - ($3::int - n) * interval '1 minute', $2 FROM generate_series(1, $3::int) n`,
      [userId, NOW, NOTES],
    );
    // Deterministic variety: the oldest notes are seen (reviews overdue and future, learning cards, some
    // suspended or buried); the rest are new, a few new cards suspended or buried.
    await c.query(
      `INSERT INTO "Card" ("noteId", "userId", type, due, stability, difficulty, "scheduledDays", reps, state, "lastReview", suspended, "buriedUntil", "createdAt")
       SELECT id, "userId", type::"CardType",
         CASE WHEN seen THEN $2::timestamptz + ((k * 37) % 90 - 30) * interval '1 day' + (k % 7) * interval '1 minute'
              ELSE "createdAt" END,
         CASE WHEN seen THEN 10 ELSE 0 END, CASE WHEN seen THEN 5 ELSE 0 END, CASE WHEN seen THEN 10 ELSE 0 END,
         CASE WHEN seen THEN 3 ELSE 0 END,
         CASE WHEN NOT seen THEN 0 WHEN k % 53 = 0 THEN 1 WHEN k % 97 = 0 THEN 3 ELSE 2 END,
         CASE WHEN seen THEN $2::timestamptz - interval '10 days' END,
         k % 41 = 0, CASE WHEN k % 61 = 0 THEN $2::timestamptz + interval '1 day' END, "createdAt"
       FROM (SELECT n.id, n."userId", n."createdAt", t.type, t.rank,
                    dense_rank() OVER (ORDER BY n."createdAt") <= $3 AS seen,
                    (row_number() OVER (ORDER BY n."createdAt", t.rank))::int AS k
             FROM "Note" n CROSS JOIN (VALUES ('RECOGNITION', 1), ('RECALL', 2), ('LISTENING', 3), ('CLOZE', 4)) t(type, rank)
             WHERE n."userId" = $1::uuid) s`,
      [userId, NOW, SEEN_NOTES],
    );
    // Learning cards due within minutes, so some are in the learn-ahead window.
    await c.query(`UPDATE "Card" SET due = $2::timestamptz + ((extract(epoch FROM "createdAt")::bigint % 50) - 10) * interval '1 minute' WHERE "userId" = $1 AND state IN (1, 3)`, [userId, NOW]);
    await c.query(`ANALYZE "Card"; ANALYZE "Note"`);
  } finally {
    await c.end();
  }
}, 120_000);

/** What the queue must be: the pure rules applied to every unsuspended, unburied card of the user. */
async function reference(limits: { newPerDay: number; reviewsPerDay: number }) {
  const settings = await db.schedulingSettings.findUniqueOrThrow({ where: { userId } });
  const dayStart = studyDayStart(NOW, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(NOW, settings.timeZone, settings.dayStartHour);
  const all = await db.card.findMany({
    where: { userId, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: NOW } }], AND: [{ OR: [{ due: { lt: dayEnd } }, { state: 0 }] }] },
    include: { note: { select: { createdAt: true } } },
  });
  return buildDailyQueue({
    now: NOW,
    dayStart,
    dayEnd,
    cards: all.map((c) => ({ id: c.id, noteId: c.noteId, type: toSrsCardType(c.type), state: c.state as 0 | 1 | 2 | 3, due: c.due, createdAt: c.createdAt, ordinal: c.note.createdAt.getTime() })),
    doneToday: { newCount: 0, reviewCount: 0 },
    buriedNoteIds: new Set(),
    limits,
  });
}

describe("the review queue of a heavy learner", () => {
  it("has 20,000 cards, 15,000 of them new", async () => {
    expect(await db.card.count({ where: { userId } })).toBe(20_000);
    expect(await db.card.count({ where: { userId, state: 0 } })).toBe(15_000);
  });

  for (const limits of [
    { newPerDay: 20, reviewsPerDay: 200 },
    { newPerDay: 50, reviewsPerDay: 1000 },
    { newPerDay: 0, reviewsPerDay: 10 },
  ]) {
    it(`picks exactly what the rules pick from all cards, reading a bounded number (${limits.newPerDay} new, ${limits.reviewsPerDay} reviews a day)`, async () => {
      await db.schedulingSettings.update({ where: { userId }, data: limits });
      const expected = await reference(limits);
      const queue = await buildQueueForUser({ userId, now: NOW });
      expect(queue.counts).toEqual(expected.counts);
      expect(queue.cards.map((c) => c.id)).toEqual(expected.cards.map((c) => c.id));
      expect(queue.nextLearningDue).toBe(expected.nextLearningDue?.toISOString() ?? null);
      expect(expected.counts.learning).toBeGreaterThan(0);

      const settings = await db.schedulingSettings.findUniqueOrThrow({ where: { userId } });
      const { rows } = await loadQueueCandidates({
        userId,
        now: NOW,
        dayStart: studyDayStart(NOW, settings.timeZone, settings.dayStartHour),
        dayEnd: nextStudyDayStart(NOW, settings.timeZone, settings.dayStartHour),
        enabled: settings.enabledCardTypes,
        limits,
      });
      // Learning cards (all of them, never capped); reviews one per note and new cards bounded by the
      // limits (one more each, to tell "more"; reviews tied on due with the last one come along).
      const reviews = rows.filter((r) => r.state === 2);
      const lastDue = Math.max(...reviews.map((r) => r.due.getTime()));
      expect(new Set(reviews.map((r) => r.noteId)).size).toBe(reviews.length);
      expect(reviews.filter((r) => r.due.getTime() < lastDue).length).toBeLessThanOrEqual(limits.reviewsPerDay);
      expect(rows.filter((r) => r.state === 0).length).toBeLessThanOrEqual(limits.newPerDay + 1);
    });
  }

  it("previews the intervals of the first cards only; the pack carries the states to preview the rest", async () => {
    await db.schedulingSettings.update({ where: { userId }, data: { newPerDay: 20, reviewsPerDay: 200 } });
    const pack = await getReviewPack({ userId, now: NOW });
    const cards = pack.queue.cards;
    expect(cards.length).toBeGreaterThan(PREVIEWED_CARDS * 5);
    expect(cards.slice(0, PREVIEWED_CARDS).every((c) => c.intervals !== null)).toBe(true);
    const firstOther = cards.findIndex((c) => c.state === 0 || c.state === 2);
    expect(cards[firstOther].intervals).not.toBeNull();
    const rest = cards.filter((c, i) => i >= PREVIEWED_CARDS && i !== firstOther);
    expect(rest.every((c) => c.intervals === null)).toBe(true);
    // What the screen computes for a later card is what the server previews for the first ones.
    const first = cards[0];
    expect(previewLocally(pack.states[first.id], NOW, pack.scheduler)).toEqual(first.intervals);
    const later = rest.at(-1)!;
    expect(previewLocally(pack.states[later.id], NOW, pack.scheduler).good.label).toMatch(/\d/);
  });

  it("reads reviews through the partial index on (userId, due) of seen, unsuspended cards", async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const { rows } = await c.query(
        `EXPLAIN SELECT id FROM "Card" c WHERE c."userId" = $1 AND NOT c.suspended AND c.state <> 0 AND c.due < $2 AND c.state = 2 ORDER BY c.due LIMIT 800`,
        [userId, NOW],
      );
      expect(rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Card_userId_due_seen_idx");
    } finally {
      await c.end();
    }
  });
});
