import { request } from "../http";
import { makeNote } from "../make-notes";
import type { ForeignCase } from "../foreign-cases";

const foreignNote: (method: string, body?: unknown) => ForeignCase = (method, body) => ({
  async build({ ownerId, intruderId }) {
    const { note } = await makeNote(ownerId);
    return { req: await request(`/api/notes/${note.id}`, { method, userId: intruderId, body }), params: { id: note.id } };
  },
});

export const cases: Record<string, ForeignCase> = {
  "GET /api/notes/[id]": foreignNote("GET"),
  "PATCH /api/notes/[id]": foreignNote("PATCH", { meaning: "hijacked" }),
  "DELETE /api/notes/[id]": foreignNote("DELETE"),
  "POST /api/notes/[id]/cards/[cardId]": {
    async build({ ownerId, intruderId }) {
      const { note, cards } = await makeNote(ownerId);
      const req = await request(`/api/notes/${note.id}/cards/${cards[0].id}`, { method: "POST", userId: intruderId, body: { action: "suspend" } });
      return { req, params: { id: note.id, cardId: cards[0].id } };
    },
  },
};

export const ownDataOnly: Record<string, string> = {
  "GET /api/notes/export": "exports only the caller's notes",
  "POST /api/notes/import": "creates notes for the caller only",
};
