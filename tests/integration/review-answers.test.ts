import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildQueueForUser } from "@/lib/server/review/build-queue";
import { recordReviews, type ReviewAnswer } from "@/lib/server/review/record-review";
import { db, makeUser } from "../support/db";
import { makeNote, reviewCard } from "../support/cards";

const NOW = new Date("2025-03-10T02:00:00Z"); // UTC user, day start 04:00: the study day ends 2025-03-10T04:00Z
const answer = (cardId: string, extra: Partial<ReviewAnswer> = {}): ReviewAnswer => ({
  id: randomUUID(),
  cardId,
  rating: 3,
  reviewedAt: NOW,
  durationMs: 4000,
  ...extra,
});

describe("recordReviews", () => {
  it("records an answer with every FSRS field, and the same id again is a duplicate that changes nothing", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const a = answer(cards[0].id, { cardVersion: 0 });

    const [first] = await recordReviews({ userId: user.id, answers: [a], now: NOW });
    expect(first).toMatchObject({ id: a.id, status: "recorded", card: { id: cards[0].id, version: 1, state: 2, reps: 4 } });
    const after = await db.card.findUniqueOrThrow({ where: { id: cards[0].id } });
    expect(after.lastReview).toEqual(NOW);
    expect(after.due.getTime()).toBeGreaterThan(NOW.getTime() + 10 * 86_400_000);

    const [again] = await recordReviews({ userId: user.id, answers: [a], now: NOW });
    expect(again.status).toBe("duplicate");
    expect(await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).toEqual(after);

    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      clientId: a.id,
      cardId: cards[0].id,
      rating: 3,
      state: 2,
      stability: 10,
      difficulty: 5,
      scheduledDays: 10,
      elapsedDays: 11, // last reviewed 27 Feb
      review: NOW,
      previousDue: new Date("2025-03-09T00:00:00Z"),
      durationMs: 4000,
      cardVersion: 1,
    });
  });

  it("the same answer sent twice at the same moment is recorded once", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const a = answer(cards[0].id);
    const results = await Promise.all([1, 2, 3].map(() => recordReviews({ userId: user.id, answers: [a], now: NOW })));
    expect(results.map(([r]) => r.status).sort()).toEqual(["duplicate", "duplicate", "recorded"]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a second answer to the same card version (another device) is stale", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const [one] = await recordReviews({ userId: user.id, answers: [answer(cards[0].id, { cardVersion: 0 })], now: NOW });
    const [two] = await recordReviews({ userId: user.id, answers: [answer(cards[0].id, { cardVersion: 0, rating: 1 })], now: NOW });
    expect(one.status).toBe("recorded");
    expect(two).toMatchObject({ status: "stale", message: expect.stringContaining("another device") });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    // Without cardVersion: an answer given before the card's last review is stale too.
    const [old] = await recordReviews({ userId: user.id, answers: [answer(cards[0].id, { reviewedAt: new Date(NOW.getTime() - 60_000) })], now: NOW });
    expect(old.status).toBe("stale");
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("buries the note's other new and review cards due today until the next study day", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote({
      userId: user.id,
      cards: [reviewCard(new Date("2025-03-09T00:00:00Z")), reviewCard(new Date("2025-03-09T06:00:00Z")), {}, reviewCard(new Date("2025-04-01T00:00:00Z"))],
    });
    expect((await buildQueueForUser({ userId: user.id, now: NOW })).cards.map((c) => c.id)).toEqual([cards[0].id]);

    const [r] = await recordReviews({ userId: user.id, answers: [answer(cards[0].id, { rating: 1 })], now: NOW });
    expect(r.status).toBe("recorded");
    const siblings = await db.card.findMany({ where: { noteId: note.id }, orderBy: { type: "asc" } });
    const buried = Object.fromEntries(siblings.map((c) => [c.id, c.buriedUntil?.toISOString() ?? null]));
    expect(buried).toEqual({
      [cards[0].id]: null,
      [cards[1].id]: "2025-03-10T04:00:00.000Z",
      [cards[2].id]: "2025-03-10T04:00:00.000Z",
      [cards[3].id]: null, // not due today
    });
    // The relearning card itself comes back within the session; its siblings do not.
    const queue = await buildQueueForUser({ userId: user.id, now: new Date(NOW.getTime() + 10 * 60_000) });
    expect(queue.cards.map((c) => c.id)).toEqual([cards[0].id]);
    expect(queue.counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("schedules and buries with the user's own settings (steps, time zone, day start)", async () => {
    const user = await makeUser();
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { learningSteps: ["3m", "30m"], timeZone: "Asia/Shanghai", dayStartHour: 4 } });
    const { cards } = await makeNote({ userId: user.id, cards: [{}, {}] });
    const [r] = await recordReviews({ userId: user.id, answers: [answer(cards[0].id)], now: NOW });
    expect(r.card?.due).toBe(new Date(NOW.getTime() + 30 * 60_000).toISOString());
    // 04:00 in Shanghai on 11 March.
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[1].id } })).buriedUntil).toEqual(new Date("2025-03-10T20:00:00Z"));
  });

  it("rejects another user's card exactly like a missing one, and times out of range", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { cards } = await makeNote({ userId: other.id });
    const mine = await makeNote({ userId: user.id });
    const results = await recordReviews({
      userId: user.id,
      now: NOW,
      answers: [
        answer(cards[0].id),
        answer(randomUUID()),
        answer(mine.cards[0].id, { reviewedAt: new Date(NOW.getTime() + 2 * 60_000) }),
        answer(mine.cards[0].id, { reviewedAt: new Date(NOW.getTime() - 31 * 86_400_000) }),
      ],
    });
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ["rejected", "Card not found"],
      ["rejected", "Card not found"],
      ["rejected", "reviewedAt is in the future; check this device's clock."],
      ["rejected", "reviewedAt is more than 30 days ago; answers that old are not accepted."],
    ]);
    expect(await db.reviewLog.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).version).toBe(0);
  });

  it("applies a batch in order and clamps durations to 0–10 minutes", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, createdAt: new Date("2025-03-09T00:00:00Z") });
    const t1 = new Date(NOW.getTime() - 5 * 60_000);
    const results = await recordReviews({
      userId: user.id,
      now: NOW,
      answers: [answer(cards[0].id, { rating: 1, reviewedAt: t1, durationMs: 5e9, cardVersion: 0 }), answer(cards[0].id, { durationMs: -3, cardVersion: 1 })],
    });
    expect(results.map((r) => r.status)).toEqual(["recorded", "recorded"]);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.durationMs, l.cardVersion, l.state])).toEqual([
      [600_000, 1, 0],
      [0, 2, 1],
    ]);
  });
});
