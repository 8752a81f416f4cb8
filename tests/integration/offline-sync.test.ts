// The device outbox against the real route handlers and PostgreSQL. Node has no IndexedDB, so
// ReviewStore runs in its in-memory mode (the same code path a private-mode browser takes); the
// browser's fetch is routed to the handlers in-process, with the session cookie of whoever is
// signed in, or thrown away to play "offline".
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { POST as postAnswers } from "@/app/api/review/answers/route";
import { POST as postUndo } from "@/app/api/review/undo/route";
import { recordReviews } from "@/lib/server/review/record-review";
import { ReviewStore } from "@/lib/offline/review-store";
import { syncOutbox } from "@/lib/offline/sync-outbox";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeNote } from "../support/cards";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function device(opts: { signedInAs: () => string | null; offline: () => boolean; calls?: string[] }) {
  const routes: Record<string, typeof postAnswers> = { "/api/review/answers": postAnswers, "/api/review/undo": postUndo };
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    if (opts.offline()) throw new TypeError("Failed to fetch");
    opts.calls?.push(url);
    const userId = opts.signedInAs() ?? undefined;
    const req = await request(url, { method: init.method, userId, rawBody: init.body as string, headers: init.headers as Record<string, string> });
    return routes[url](req, params({}));
  }) as typeof fetch;
}

const answer = (cardId: string, cardVersion: number, at: Date) => ({ id: randomUUID(), cardId, rating: 3 as const, reviewedAt: at.toISOString(), durationMs: 1500, cardVersion });

describe("syncing the outbox", () => {
  it("keeps 500 answers through offline and an expired session, then sends them in order, each once", async () => {
    const user = await makeUser();
    const notes = await Promise.all(Array.from({ length: 5 }, () => makeNote({ userId: user.id, createdAt: new Date(Date.now() - 86_400_000) })));
    const store = await ReviewStore.open(user.id);
    expect(store.durable).toBe(false); // no IndexedDB here: the in-memory fallback
    const start = Date.now() - 20 * 86_400_000;
    for (let i = 0; i < 500; i++) {
      const card = notes[i % 5].cards[0];
      await store.addOp({ userId: user.id, kind: "answer", answer: answer(card.id, Math.floor(i / 5), new Date(start + i * 60_000)) });
    }

    let offline = true;
    let signedIn: string | null = user.id;
    const calls: string[] = [];
    device({ signedInAs: () => signedIn, offline: () => offline, calls });
    expect(await syncOutbox(store)).toMatchObject({ status: "offline", sent: 0 });
    offline = false;
    signedIn = null; // the session expired while the phone was offline
    expect(await syncOutbox(store)).toMatchObject({ status: "signed-out", sent: 0 });
    expect(await store.countOps()).toBe(500);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);

    signedIn = user.id;
    calls.length = 0;
    const report = await syncOutbox(store);
    expect({ ...report, recorded: report.recorded.length }).toEqual({ status: "done", sent: 500, conflicts: 0, refused: [], recorded: 500 });
    // Each answer's card comes back whole, as stored: the screen goes on from it.
    const last = report.recorded.at(-1)!;
    const stored = await db.card.findUniqueOrThrow({ where: { id: last.id } });
    expect(last).toMatchObject({ version: stored.version, due: stored.due.toISOString(), state: stored.state, learningSteps: stored.learningSteps, scheduledDays: stored.scheduledDays });
    expect(calls.length).toBe(10); // batches of 50
    expect(await store.countOps()).toBe(0);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" }, select: { cardId: true } });
    expect(logs.length).toBe(500);
    expect(logs.slice(0, 5).map((l) => l.cardId)).toEqual(notes.map((n) => n.cards[0].id));

    calls.length = 0;
    expect(await syncOutbox(store)).toEqual({ status: "done", sent: 0, conflicts: 0, refused: [], recorded: [] });
    expect(calls).toEqual([]); // a second sync sends nothing
  }, 240_000);

  it("counts an answer overtaken by another device as a conflict, once, and applies a queued undo in order", async () => {
    const user = await makeUser();
    const a = await makeNote({ userId: user.id, createdAt: new Date(Date.now() - 86_400_000) });
    const b = await makeNote({ userId: user.id, createdAt: new Date(Date.now() - 86_400_000) });
    // Another device answered card A first (version 0 → 1).
    const other = answer(a.cards[0].id, 0, new Date(Date.now() - 120_000));
    await recordReviews({ userId: user.id, now: new Date(), answers: [{ ...other, reviewedAt: new Date(other.reviewedAt) }] });
    const store = await ReviewStore.open(user.id);
    const mine = answer(b.cards[0].id, 0, new Date(Date.now() - 60_000));
    await store.addOp({ userId: user.id, kind: "answer", answer: answer(a.cards[0].id, 0, new Date(Date.now() - 90_000)) });
    await store.addOp({ userId: user.id, kind: "answer", answer: mine });
    await store.addOp({ userId: user.id, kind: "undo", answerId: mine.id });
    device({ signedInAs: () => user.id, offline: () => false });

    const report = await syncOutbox(store);
    expect({ ...report, recorded: report.recorded.map((c) => [c.id, c.version, c.state]) }).toEqual({
      status: "done",
      sent: 3,
      conflicts: 1,
      refused: [],
      // Mine as answered, then as the undo restored it: the last one is the card's state now.
      recorded: [
        [b.cards[0].id, 1, 1],
        [b.cards[0].id, 0, 0],
      ],
    });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, select: { cardId: true } });
    expect(logs).toEqual([{ cardId: a.cards[0].id }]); // the other device's answer; mine was taken back
    expect((await db.card.findUniqueOrThrow({ where: { id: b.cards[0].id } })).version).toBe(0);
    expect(await syncOutbox(store)).toEqual({ status: "done", sent: 0, conflicts: 0, refused: [], recorded: [] });
  });
});
