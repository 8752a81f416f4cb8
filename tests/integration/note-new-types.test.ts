// Note.newTypes (the types of a note's unsuspended new cards) is what the review queue walks to find
// new cards (lib/server/review/build-queue.ts). It is kept by triggers on Card: these tests change
// cards every way the app does and check the list against the cards, and that the queue still
// offers a new card that came back (a stale empty list would hide it for good).
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { buildQueueForUser } from "@/lib/server/review/build-queue";
import { recordReviews } from "@/lib/server/review/record-review";
import { undoReview } from "@/lib/server/review/undo-review";
import { changeCard } from "@/lib/server/notes/change-card";
import { suspendCard } from "@/lib/server/cards/suspend-card";
import { db, makeUser } from "../support/db";
import { makeNote, reviewCard } from "../support/cards";

const NOW = new Date("2025-03-10T02:00:00Z");
const ALL = [{ type: "RECOGNITION" }, { type: "RECALL" }, { type: "LISTENING" }, { type: "CLOZE" }] as const;

async function newTypes(noteId: string): Promise<string[]> {
  const [row] = await db.$queryRaw<{ types: string[] }[]>`SELECT "newTypes"::text[] AS types FROM "Note" WHERE id = ${noteId}::uuid`;
  return row.types;
}

/** Every note of the user whose list does not match its cards. */
async function mismatches(userId: string): Promise<unknown[]> {
  return db.$queryRaw`
    SELECT n.id, n."newTypes"::text[] AS stored,
      coalesce((SELECT array_agg(c.type::text ORDER BY c.type) FROM "Card" c WHERE c."noteId" = n.id AND c.state = 0 AND NOT c.suspended), '{}') AS actual
    FROM "Note" n WHERE n."userId" = ${userId}::uuid
      AND n."newTypes" IS DISTINCT FROM coalesce((SELECT array_agg(c.type ORDER BY c.type) FROM "Card" c WHERE c."noteId" = n.id AND c.state = 0 AND NOT c.suspended), '{}')`;
}

describe("Note.newTypes", () => {
  it("follows inserts, answers, undo, suspending, resetting and deleting cards", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote({ userId: user.id, cards: [...ALL] });
    expect(await newTypes(note.id)).toEqual(["RECOGNITION", "RECALL", "LISTENING", "CLOZE"]);

    const [answered] = await recordReviews({
      userId: user.id,
      now: new Date(),
      answers: [{ id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: new Date(), durationMs: 3000, cardVersion: 0 }],
    });
    expect(answered.status).toBe("recorded");
    expect(await newTypes(note.id)).toEqual(["RECALL", "LISTENING", "CLOZE"]);

    await undoReview({ userId: user.id });
    expect(await newTypes(note.id)).toEqual(["RECOGNITION", "RECALL", "LISTENING", "CLOZE"]);

    await suspendCard({ userId: user.id, cardId: cards[1].id, suspended: true });
    await changeCard({ userId: user.id, noteId: note.id, cardId: cards[2].id, action: "suspend" });
    expect(await newTypes(note.id)).toEqual(["RECOGNITION", "CLOZE"]);
    await changeCard({ userId: user.id, noteId: note.id, cardId: cards[2].id, action: "unsuspend" });
    expect(await newTypes(note.id)).toEqual(["RECOGNITION", "LISTENING", "CLOZE"]);

    await db.card.deleteMany({ where: { id: { in: [cards[0].id, cards[3].id] } } });
    expect(await newTypes(note.id)).toEqual(["LISTENING"]);

    // A studied card reset to new ("forget") is new again.
    const studied = await makeNote({ userId: user.id, cards: [reviewCard(new Date("2025-03-09T10:00:00Z"))] });
    expect(await newTypes(studied.note.id)).toEqual([]);
    await changeCard({ userId: user.id, noteId: studied.note.id, cardId: studied.cards[0].id, action: "reset" });
    expect(await newTypes(studied.note.id)).toEqual(["RECOGNITION"]);

    // A card moved to another note (nothing in the app does it, but the list must not lie).
    await db.card.update({ where: { id: cards[2].id }, data: { noteId: studied.note.id, type: "CLOZE" } });
    expect(await newTypes(note.id)).toEqual([]);
    expect(await newTypes(studied.note.id)).toEqual(["RECOGNITION", "CLOZE"]);
    expect(await mismatches(user.id)).toEqual([]);
  });

  it("stays right when two transactions change cards of one note at once", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote({ userId: user.id, cards: [{ type: "RECOGNITION" }, { type: "RECALL", suspended: true }] });
    // One transaction unsuspends RECALL while another answers RECOGNITION: neither sees the other's
    // card change when it starts, and the list must end with RECALL (the only new card left).
    const a = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const b = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query("BEGIN");
      await a.query(`UPDATE "Card" SET suspended = false WHERE id = $1`, [cards[1].id]);
      await b.query("BEGIN");
      const answering = b.query(`UPDATE "Card" SET state = 1 WHERE id = $1`, [cards[0].id]);
      await new Promise((r) => setTimeout(r, 200)); // b now waits on the note a locked
      await a.query("COMMIT");
      await answering;
      await b.query("COMMIT");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect(await newTypes(note.id)).toEqual(["RECALL"]);
  });

  it("lets the queue offer a new card again once it is unsuspended, and never a note without one", async () => {
    const user = await makeUser();
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { newPerDay: 5 } });
    // Older notes studied (all cards reviewed, due later), one new note suspended, then new notes.
    for (let i = 0; i < 30; i++) {
      await makeNote({ userId: user.id, createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)), cards: ALL.map((t) => ({ ...t, ...reviewCard(new Date("2025-04-01T00:00:00Z")) })) });
    }
    const held = await makeNote({ userId: user.id, createdAt: new Date("2025-02-01T00:00:00Z"), cards: [{ type: "RECOGNITION", suspended: true }] });
    const fresh = [];
    for (let i = 0; i < 6; i++) fresh.push(await makeNote({ userId: user.id, createdAt: new Date(Date.UTC(2025, 1, 2, 0, i)) }));

    let queue = await buildQueueForUser({ userId: user.id, now: NOW });
    expect(queue.cards.map((c) => c.noteId)).toEqual(fresh.slice(0, 5).map((f) => f.note.id));

    await suspendCard({ userId: user.id, cardId: held.cards[0].id, suspended: false });
    queue = await buildQueueForUser({ userId: user.id, now: NOW });
    expect(queue.cards.map((c) => c.noteId)).toEqual([held.note.id, ...fresh.slice(0, 4).map((f) => f.note.id)]);

    // The query walks only notes with a new card: the 30 studied notes are not in the index.
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM "Note" WHERE "userId" = $1 AND "newTypes" <> '{}'::"CardType"[]`, [user.id]);
      expect(rows[0].n).toBe(7);
      await c.query("SET enable_seqscan = off");
      const plan = await c.query(
        `EXPLAIN SELECT id FROM "Note" n WHERE n."userId" = $1 AND n."newTypes" <> '{}'::"CardType"[] AND n."newTypes" && '{RECOGNITION}'::"CardType"[] ORDER BY n."createdAt", n.id LIMIT 6`,
        [user.id],
      );
      expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Note_userId_createdAt_new_idx");
    } finally {
      await c.end();
    }
    expect(await mismatches(user.id)).toEqual([]);
  });
});
