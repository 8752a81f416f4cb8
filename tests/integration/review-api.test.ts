import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getQueue } from "@/app/api/review/queue/route";
import { POST as postAnswers } from "@/app/api/review/answers/route";
import { POST as postUndo } from "@/app/api/review/undo/route";
import { POST as postSuspend } from "@/app/api/review/suspend/route";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeNote } from "../support/cards";

const noParams = params({});
const post = (url: string, userId: string | undefined, body: unknown) => request(url, { method: "POST", userId, body });

describe("review API", () => {
  it("serves the queue, records answers, undoes them", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote({ userId: user.id, text: "和平", sentenceText: "我们坚持和平发展。", createdAt: new Date(Date.now() - 86_400_000) });

    const res = await getQueue(await request("/api/review/queue", { userId: user.id }), noParams);
    expect(res.status).toBe(200);
    const queue = await res.json();
    expect(queue.counts).toEqual({ new: 1, learning: 0, review: 0 });
    expect(queue.cards).toEqual([
      {
        id: cards[0].id,
        type: "recognition",
        noteId: note.id,
        front: { prompt: "和平", hanzi: "和平" },
        back: expect.objectContaining({ hanzi: "和平", pinyin: "cí", meaning: "word" }),
        context: { sentence: "我们坚持和平发展。", lessonId: null, lessonTitle: null },
        intervals: {
          again: { label: "1m", due: expect.any(String) },
          hard: { label: expect.any(String), due: expect.any(String) },
          good: { label: "10m", due: expect.any(String) },
          easy: { label: expect.any(String), due: expect.any(String) },
        },
        version: 0,
        state: 0,
        due: expect.any(String),
      },
    ]);

    const id = randomUUID();
    const body = { answers: [{ id, cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 2500, cardVersion: 0 }] };
    const answered = await postAnswers(await post("/api/review/answers", user.id, body), noParams);
    expect(answered.status).toBe(200);
    expect((await answered.json()).results).toEqual([{ id, status: "recorded", card: expect.objectContaining({ id: cards[0].id, version: 1, state: 1 }) }]);
    const retried = await postAnswers(await post("/api/review/answers", user.id, body), noParams);
    expect((await retried.json()).results[0]).toMatchObject({ id, status: "duplicate" });

    const undone = await postUndo(await post("/api/review/undo", user.id, {}), noParams);
    expect(undone.status).toBe(200);
    expect((await undone.json()).card).toMatchObject({ id: cards[0].id, version: 0, state: 0 });
    const nothing = await postUndo(await post("/api/review/undo", user.id, {}), noParams);
    expect(nothing.status).toBe(404);
    expect((await nothing.json()).error.message).toBe("Nothing to undo");
  });

  it("says what is wrong with a malformed body, writing nothing", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id });
    const good = { id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1 };
    const bad: [unknown, string][] = [
      [{ answers: [{ ...good, rating: 5 }] }, "answers.0.rating: rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"],
      [{ answers: [{ ...good, id: "abc" }] }, "answers.0.id: id must be a UUID"],
      [{ answers: [{ ...good, reviewedAt: "yesterday" }] }, "answers.0.reviewedAt: reviewedAt must be an ISO 8601 time"],
      [{ answers: [] }, "answers: Send at least one answer"],
      [{ answers: Array.from({ length: 201 }, () => good) }, "answers: Send at most 200 answers at a time"],
      [{}, "answers"],
    ];
    for (const [body, message] of bad) {
      const res = await postAnswers(await post("/api/review/answers", user.id, body), noParams);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain(message);
    }
    const notJson = await postAnswers(await request("/api/review/answers", { method: "POST", userId: user.id, rawBody: "{oops", headers: { "content-type": "application/json" } }), noParams);
    expect(notJson.status).toBe(400);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses anonymous callers", async () => {
    for (const [handler, req] of [
      [getQueue, await request("/api/review/queue")],
      [postAnswers, await post("/api/review/answers", undefined, { answers: [] })],
      [postUndo, await post("/api/review/undo", undefined, {})],
      [postSuspend, await post("/api/review/suspend", undefined, {})],
    ] as const) {
      const res = await handler(req, noParams);
      expect(res.status).toBe(401);
    }
  });

  it("suspends the user's own card (it leaves the queue) and not another user's", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { cards } = await makeNote({ userId: user.id });
    const foreign = await makeNote({ userId: other.id });
    const res = await postSuspend(await post("/api/review/suspend", user.id, { cardId: cards[0].id }), noParams);
    expect(await res.json()).toEqual({ card: { id: cards[0].id, suspended: true } });
    const queue = await (await getQueue(await request("/api/review/queue", { userId: user.id }), noParams)).json();
    expect(queue.cards).toEqual([]);

    const refused = await postSuspend(await post("/api/review/suspend", user.id, { cardId: foreign.cards[0].id }), noParams);
    expect(refused.status).toBe(404);
    expect((await refused.json()).error.message).toBe("Card not found");
    expect((await db.card.findUniqueOrThrow({ where: { id: foreign.cards[0].id } })).suspended).toBe(false);
  });
});
