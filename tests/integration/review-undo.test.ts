import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordReviews } from "@/lib/server/review/record-review";
import { undoReview } from "@/lib/server/review/undo-review";
import { db, makeUser } from "../support/db";
import { makeNote, reviewCard } from "../support/cards";

const NOW = new Date("2025-03-10T02:00:00Z");
const answerAt = (cardId: string, rating: 1 | 2 | 3 | 4, reviewedAt: Date, cardVersion?: number) => ({
  id: randomUUID(),
  cardId,
  rating,
  reviewedAt,
  durationMs: 1000,
  cardVersion,
});

describe("undoReview", () => {
  it("restores every field of the card exactly, deletes the log and un-buries the siblings", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote({
      userId: user.id,
      cards: [{ ...reviewCard(new Date("2025-03-09T07:30:00Z")), lapses: 2, elapsedDays: 7 }, reviewCard(new Date("2025-03-09T00:00:00Z"))],
    });
    const before = await db.card.findMany({ where: { noteId: note.id }, orderBy: { type: "asc" } });
    const [r] = await recordReviews({ userId: user.id, now: NOW, answers: [answerAt(cards[0].id, 1, NOW)] });
    expect(r.status).toBe("recorded");
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[1].id } })).buriedUntil).not.toBeNull();

    const { card } = await undoReview({ userId: user.id });
    expect(card).toMatchObject({ id: cards[0].id, version: 0, state: 2, lapses: 2 });
    expect(await db.card.findMany({ where: { noteId: note.id }, orderBy: { type: "asc" } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("undoes several answers, latest first, then says there is nothing to undo", async () => {
    const user = await makeUser();
    const a = await makeNote({ userId: user.id, createdAt: new Date("2025-03-09T00:00:00Z") });
    const b = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    const before = await db.card.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    await recordReviews({
      userId: user.id,
      now: NOW,
      answers: [answerAt(a.cards[0].id, 3, new Date(NOW.getTime() - 120_000)), answerAt(a.cards[0].id, 3, new Date(NOW.getTime() - 60_000), 1), answerAt(b.cards[0].id, 4, NOW)],
    });
    expect((await undoReview({ userId: user.id })).card.id).toBe(b.cards[0].id);
    expect((await undoReview({ userId: user.id })).card).toMatchObject({ id: a.cards[0].id, version: 1 });
    expect((await undoReview({ userId: user.id })).card).toMatchObject({ id: a.cards[0].id, version: 0 });
    expect(await db.card.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).toEqual(before);
    await expect(undoReview({ userId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Nothing to undo" });
  });

  it("refuses when the card was answered again since that answer", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T00:00:00Z"))] });
    // Device A answers at 02:00; device B's answer, given at 01:50 but synced later, knew version 1.
    await recordReviews({ userId: user.id, now: NOW, answers: [answerAt(cards[0].id, 3, NOW, 0)] });
    const [late] = await recordReviews({ userId: user.id, now: NOW, answers: [answerAt(cards[0].id, 3, new Date(NOW.getTime() - 600_000), 1)] });
    expect(late.status).toBe("recorded");
    // The latest answer by review time (A's) is no longer the card's latest change.
    await expect(undoReview({ userId: user.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("answered again") });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("never touches another user's answers", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { cards } = await makeNote({ userId: other.id, createdAt: new Date("2025-03-09T00:00:00Z") });
    await recordReviews({ userId: other.id, now: NOW, answers: [answerAt(cards[0].id, 3, NOW)] });
    await expect(undoReview({ userId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reviewLog.count({ where: { userId: other.id } })).toBe(1);
  });
});
