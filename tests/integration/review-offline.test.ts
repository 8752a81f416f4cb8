import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordReviews } from "@/lib/server/review/record-review";
import { undoReview } from "@/lib/server/review/undo-review";
import { getReviewPack } from "@/lib/server/review/get-review-pack";
import { answerCard } from "@/lib/srs/scheduler";
import { reviveCardState } from "@/lib/offline/local-schedule";
import { POST as postAnswers } from "@/app/api/review/answers/route";
import { POST as postUndo } from "@/app/api/review/undo/route";
import { POST as postTimeZone } from "@/app/api/settings/time-zone/route";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeNote, reviewCard } from "../support/cards";

const NOW = new Date("2025-03-10T02:00:00Z");
const answer = (cardId: string, rating: 1 | 2 | 3 | 4, reviewedAt: Date, cardVersion?: number) => ({ id: randomUUID(), cardId, rating, reviewedAt, durationMs: 1000, cardVersion });

describe("offline review: pack and targeted undo", () => {
  it("packs each queued card's FSRS state and the settings, so a local answer matches the server's replay", async () => {
    const user = await makeUser();
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { timeZone: "Asia/Shanghai", desiredRetention: 0.85 } });
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const pack = await getReviewPack({ userId: user.id, now: NOW });
    expect(pack.queue.cards.map((c) => c.id)).toEqual([cards[0].id]);
    expect(pack.scheduler.desiredRetention).toBe(0.85);
    // 02:00 UTC is 10:00 in Shanghai: the study day began at 04:00 local = 20:00 UTC the day before.
    expect(pack.day).toEqual({ timeZone: "Asia/Shanghai", dayStartHour: 4, start: "2025-03-09T20:00:00.000Z", end: "2025-03-10T20:00:00.000Z" });

    const reviewedAt = new Date(NOW.getTime() + 30_000);
    const local = answerCard(reviveCardState(pack.states[cards[0].id]), 3, reviewedAt, pack.scheduler);
    const [r] = await recordReviews({ userId: user.id, now: new Date(NOW.getTime() + 3_600_000), answers: [answer(cards[0].id, 3, reviewedAt, pack.queue.cards[0].version)] });
    expect(r.status).toBe("recorded");
    const stored = await db.card.findUniqueOrThrow({ where: { id: cards[0].id } });
    expect(stored.due.toISOString()).toBe(local.card.due.toISOString());
    expect(stored.stability).toBeCloseTo(local.card.stability, 10);
  });

  it("undoes a named answer only while it is its card's latest, and a retried undo takes nothing else back", async () => {
    const user = await makeUser();
    const a = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const b = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const before = await db.card.findUniqueOrThrow({ where: { id: a.cards[0].id } });
    const first = answer(a.cards[0].id, 3, new Date(NOW.getTime() - 120_000));
    const second = answer(b.cards[0].id, 3, new Date(NOW.getTime() - 60_000));
    const third = answer(b.cards[0].id, 1, NOW);
    await recordReviews({ userId: user.id, now: NOW, answers: [first, second, third] });

    // Card b was answered again since `second` (another tab): that earlier answer stays.
    await expect(undoReview({ userId: user.id, answerId: second.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(3);

    // `first` is still card a's latest: it can be taken back although answers to b came after it (another tab's).
    expect((await undoReview({ userId: user.id, answerId: first.id })).card.id).toBe(a.cards[0].id);
    const restored = await db.card.findUniqueOrThrow({ where: { id: a.cards[0].id } });
    expect({ due: restored.due, stability: restored.stability, state: restored.state, reps: restored.reps, version: restored.version }).toEqual({ due: before.due, stability: before.stability, state: before.state, reps: before.reps, version: before.version });
    await expect(undoReview({ userId: user.id, answerId: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await undoReview({ userId: user.id, answerId: third.id })).card.id).toBe(b.cards[0].id);
    expect(await db.reviewLog.findMany({ where: { userId: user.id }, select: { clientId: true } })).toEqual([{ clientId: second.id }]);
  });
});

describe("sign-up stores the browser's time zone", () => {
  it("keeps a known zone, and falls back to UTC for one it does not know", async () => {
    const { createUser } = await import("@/lib/server/users/create-user");
    const tz = async (timeZone: string) => {
      const user = await createUser({ name: "Wang", email: `tz-${randomUUID()}@test.local`, password: "long enough password", timeZone });
      return (await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).timeZone;
    };
    expect(await tz("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(await tz("Mars/Olympus_Mons")).toBe("UTC");
  });
});

describe("routes an offline device uses", () => {
  const noParams = params({});
  it("shifts the answers of a device whose clock is 3 hours ahead instead of refusing them", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, createdAt: new Date(Date.now() - 86_400_000) });
    const ahead = 3 * 3_600_000;
    const given = new Date(Date.now() + ahead - 60_000); // a minute ago, on the device's clock
    const body = { answers: [{ id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: given.toISOString(), durationMs: 2000 }], sentAt: new Date(Date.now() + ahead).toISOString() };
    const res = await postAnswers(await request("/api/review/answers", { method: "POST", userId: user.id, body }), noParams);
    expect((await res.json()).results[0].status).toBe("recorded");
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    expect(Math.abs(log.review.getTime() - (Date.now() - 60_000))).toBeLessThan(10_000);

    // Without sentAt the same answer is refused as being in the future, and nothing is written.
    const { cards: other } = await makeNote({ userId: user.id, createdAt: new Date(Date.now() - 86_400_000) });
    const res2 = await postAnswers(await request("/api/review/answers", { method: "POST", userId: user.id, body: { answers: [{ ...body.answers[0], id: randomUUID(), cardId: other[0].id }] } }), noParams);
    expect((await res2.json()).results[0]).toMatchObject({ status: "rejected", message: expect.stringContaining("future") });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("undo takes an answerId, refuses a malformed one, and still works without a body", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date(Date.now() - 86_400_000))] });
    const a = { id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 };
    await postAnswers(await request("/api/review/answers", { method: "POST", userId: user.id, body: { answers: [a] } }), noParams);
    const bad = await postUndo(await request("/api/review/undo", { method: "POST", userId: user.id, body: { answerId: "nope" } }), noParams);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("answerId must be a UUID");
    const ok = await postUndo(await request("/api/review/undo", { method: "POST", userId: user.id, body: { answerId: a.id } }), noParams);
    expect(ok.status).toBe(200);
    const again = await postUndo(await request("/api/review/undo", { method: "POST", userId: user.id, body: { answerId: a.id } }), noParams);
    expect(again.status).toBe(404);
    const plain = await postUndo(await request("/api/review/undo", { method: "POST", userId: user.id }), noParams);
    expect(plain.status).toBe(404);
  });

  it("moves the study day to a known zone and refuses an unknown one", async () => {
    const user = await makeUser();
    const ok = await postTimeZone(await request("/api/settings/time-zone", { method: "POST", userId: user.id, body: { timeZone: "Europe/Paris" } }), noParams);
    expect(await ok.json()).toEqual({ timeZone: "Europe/Paris" });
    const bad = await postTimeZone(await request("/api/settings/time-zone", { method: "POST", userId: user.id, body: { timeZone: "Moon/Base" } }), noParams);
    expect(bad.status).toBe(400);
    expect((await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe("Europe/Paris");
  });
});
