import { describe, expect, it } from "vitest";
import { buildQueueForUser } from "@/lib/server/review/build-queue";
import { db, makeUser } from "../support/db";
import { makeLog, makeNote, reviewCard } from "../support/cards";

// Asia/Shanghai is UTC+8, day start 04:00 local = 20:00 UTC the day before.
// NOW is 10:00 in Shanghai on 10 March: the study day runs 2025-03-09T20:00Z … 2025-03-10T20:00Z.
const NOW = new Date("2025-03-10T02:00:00Z");
const at = (iso: string) => new Date(iso);

async function shanghaiUser(limits: { newPerDay?: number; reviewsPerDay?: number } = {}) {
  const user = await makeUser();
  await db.schedulingSettings.update({
    where: { userId: user.id },
    data: { timeZone: "Asia/Shanghai", dayStartHour: 4, newPerDay: limits.newPerDay ?? 20, reviewsPerDay: limits.reviewsPerDay ?? 200 },
  });
  return user;
}

describe("buildQueueForUser", () => {
  it("orders learning, then reviews by due, then new cards in save order, within the daily limits", async () => {
    const user = await shanghaiUser({ newPerDay: 2, reviewsPerDay: 2 });
    const new1 = await makeNote({ userId: user.id, text: "外交", createdAt: at("2025-03-01T00:00:00Z") });
    const new2 = await makeNote({ userId: user.id, text: "合作", createdAt: at("2025-03-02T00:00:00Z") });
    await makeNote({ userId: user.id, text: "发展", createdAt: at("2025-03-03T00:00:00Z") });
    const rev1 = await makeNote({ userId: user.id, text: "和平", cards: [reviewCard(at("2025-03-09T10:00:00Z"))] });
    const rev2 = await makeNote({ userId: user.id, text: "安全", cards: [reviewCard(at("2025-03-10T15:00:00Z"))] });
    await makeNote({ userId: user.id, text: "稳定", cards: [reviewCard(at("2025-03-10T16:00:00Z"))] }); // over the review limit
    await makeNote({ userId: user.id, text: "明天", cards: [reviewCard(at("2025-03-10T21:00:00Z"))] }); // tomorrow
    await makeNote({ userId: user.id, text: "暂停", cards: [{ ...reviewCard(at("2025-03-09T00:00:00Z")), suspended: true }] });
    const learning = await makeNote({
      userId: user.id,
      text: "学习",
      cards: [{ due: at("2025-03-10T01:55:00Z"), state: 1, stability: 1, difficulty: 5, reps: 1, lastReview: at("2025-03-10T01:45:00Z") }],
    });

    const queue = await buildQueueForUser({ userId: user.id, now: NOW });
    expect(queue.counts).toEqual({ new: 2, learning: 1, review: 2 });
    expect(queue.cards.map((c) => c.noteId)).toEqual([learning.note.id, rev1.note.id, rev2.note.id, new1.note.id, new2.note.id]);
    const first = queue.cards[3];
    expect(first).toMatchObject({ id: new1.cards[0].id, type: "recognition", version: 0, front: { prompt: "外交" }, back: { pinyin: "cí", meaning: "word" } });
    expect(first.intervals!.good.label).toBe("10m");
    expect(first.intervals!.again.label).toBe("1m");
    expect(new Date(first.intervals!.good.due).getTime()).toBe(NOW.getTime() + 10 * 60_000);
  });

  it("subtracts what was done today from the limits and buries notes answered today", async () => {
    const user = await shanghaiUser({ newPerDay: 2, reviewsPerDay: 2 });
    const doneNew = await makeNote({ userId: user.id, createdAt: at("2025-03-01T00:00:00Z"), cards: [{ state: 1, due: at("2025-03-11T00:00:00Z") }, {}] });
    await makeLog({ userId: user.id, cardId: doneNew.cards[0].id, review: at("2025-03-09T21:00:00Z"), state: 0 });
    const doneReview = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-20T00:00:00Z")), reviewCard(at("2025-03-09T00:00:00Z"))] });
    await makeLog({ userId: user.id, cardId: doneReview.cards[0].id, review: at("2025-03-09T22:00:00Z"), state: 2 });
    // Yesterday's (before 20:00Z) answer counts for nothing today.
    const yesterday = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-09T12:00:00Z"))] });
    await makeLog({ userId: user.id, cardId: yesterday.cards[0].id, review: at("2025-03-09T19:00:00Z"), state: 2 });
    const fresh1 = await makeNote({ userId: user.id, createdAt: at("2025-03-02T00:00:00Z") });
    await makeNote({ userId: user.id, createdAt: at("2025-03-03T00:00:00Z") });
    const other = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-10T01:00:00Z"))] });
    // A card buried by an answer until the next day start stays out even though its note had no answer today.
    await makeNote({ userId: user.id, cards: [{ ...reviewCard(at("2025-03-09T00:00:00Z")), buriedUntil: at("2025-03-10T20:00:00Z") }] });

    const queue = await buildQueueForUser({ userId: user.id, now: NOW });
    // 1 of 2 new and 1 of 2 reviews done; doneNew's second (new) card and doneReview's due sibling are buried.
    expect(queue.counts).toEqual({ new: 1, learning: 0, review: 1 });
    expect(queue.cards.map((c) => c.noteId)).toEqual([yesterday.note.id, fresh1.note.id]);
    expect(queue.cards.some((c) => c.noteId === other.note.id)).toBe(false); // review limit reached by the earlier due card
    expect(queue.nextDue).toBe("2025-03-10T20:00:00.000Z"); // held-back cards come back tomorrow
  });

  it("moves to the next study day at 04:00 Shanghai time, not at midnight UTC", async () => {
    const user = await shanghaiUser({ reviewsPerDay: 1 });
    const early = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-10T19:30:00Z"))] }); // 03:30 on the 11th: still the 10th's study day
    const late = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-10T20:30:00Z"))] }); // 04:30 on the 11th
    const done = await makeNote({ userId: user.id, cards: [reviewCard(at("2025-03-30T00:00:00Z"))] });
    await makeLog({ userId: user.id, cardId: done.cards[0].id, review: at("2025-03-10T19:00:00Z"), state: 2 });

    // 03:59 local: the day's single review was already done.
    const before = await buildQueueForUser({ userId: user.id, now: at("2025-03-10T19:59:00Z") });
    expect(before.counts.review).toBe(0);
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { reviewsPerDay: 10 } });
    const beforeUnlimited = await buildQueueForUser({ userId: user.id, now: at("2025-03-10T19:59:00Z") });
    expect(beforeUnlimited.cards.map((c) => c.noteId)).toEqual([early.note.id]);

    // 04:00 local: a new study day, yesterday's answer no longer counts, and the 04:30 card is due today.
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { reviewsPerDay: 2 } });
    const after = await buildQueueForUser({ userId: user.id, now: at("2025-03-10T20:00:00Z") });
    expect(after.cards.map((c) => c.noteId)).toEqual([early.note.id, late.note.id]);
  });

  it("is empty for a user with no cards, and only ever shows the user's own cards", async () => {
    const user = await shanghaiUser();
    const other = await makeUser();
    await makeNote({ userId: other.id });
    const queue = await buildQueueForUser({ userId: user.id, now: NOW });
    expect(queue).toEqual({ counts: { new: 0, learning: 0, review: 0 }, cards: [], nextLearningDue: null, nextDue: null });
  });
});
