import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { request } from "../http";
import { makeNote } from "../cards";
import type { ForeignCase } from "../foreign-cases";

export const cases: Record<string, ForeignCase> = {
  "POST /api/review/answers": {
    async build({ ownerId, intruderId }) {
      const { cards } = await makeNote({ userId: ownerId, createdAt: new Date() });
      const body = { answers: [{ id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }] };
      return { req: await request("/api/review/answers", { method: "POST", userId: intruderId, body }), params: {} };
    },
    // Answers are per item: the batch succeeds and this answer is rejected exactly like a missing card.
    async refused(res) {
      expect(res.status).toBe(200);
      const { results } = await res.json();
      expect(results).toEqual([expect.objectContaining({ status: "rejected", message: "Card not found" })]);
    },
  },
  "POST /api/review/suspend": {
    async build({ ownerId, intruderId }) {
      const { cards } = await makeNote({ userId: ownerId });
      return { req: await request("/api/review/suspend", { method: "POST", userId: intruderId, body: { cardId: cards[0].id } }), params: {} };
    },
  },
};

export const ownDataOnly: Record<string, string> = {
  "GET /api/review/queue": "builds the queue from the caller's own cards only",
  "POST /api/review/undo": "takes back the caller's own latest answer; an answerId is looked up among the caller's own logs only",
  "GET /api/review/pack": "builds the offline pack from the caller's own cards and settings only",
};
