import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeLesson, makeLog, makeNote } from "../support/make-notes";
import { listNotes } from "@/lib/server/notes/list-notes";
import { notesQuerySchema } from "@/lib/validation/notes-manage";
import * as noteRoute from "@/app/api/notes/[id]/route";
import * as cardRoute from "@/app/api/notes/[id]/cards/[cardId]/route";

const search = (userId: string, q: Record<string, string>) => listNotes({ userId, query: notesQuerySchema.parse(q) });
const texts = async (userId: string, q: Record<string, string>) => (await search(userId, q)).notes.map((n) => n.text).sort();

describe("searching notes", () => {
  it("finds by hanzi, toneless or tone-marked or numbered pinyin, and English; filters by kind and lesson", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const lesson = await makeLesson(user.id, "两会记者会");
    await makeNote(user.id, { text: "人类", pinyin: "rén lèi", meaning: "mankind; humanity", lessonId: lesson.id });
    await makeNote(user.id, { text: "命运共同体", pinyin: "mìng yùn gòng tóng tǐ", meaning: "community with a shared future", kind: "PHRASE" });
    await makeNote(user.id, { text: "绿色", pinyin: "lǜ sè", meaning: "green" });
    await makeNote(other.id, { text: "人类", pinyin: "rén lèi", meaning: "mankind" });

    expect(await texts(user.id, { q: "renlei" })).toEqual(["人类"]);
    expect(await texts(user.id, { q: "rén lèi" })).toEqual(["人类"]);
    expect(await texts(user.id, { q: "ren2 lei4" })).toEqual(["人类"]);
    expect(await texts(user.id, { q: "lv se" })).toEqual(["绿色"]);
    expect(await texts(user.id, { q: "共同" })).toEqual(["命运共同体"]);
    expect(await texts(user.id, { q: "HUMANITY" })).toEqual(["人类"]);
    expect(await texts(user.id, { q: "shared future" })).toEqual(["命运共同体"]);
    expect(await texts(user.id, { q: "100%" })).toEqual([]);
    expect(await texts(user.id, { kind: "PHRASE" })).toEqual(["命运共同体"]);
    expect(await texts(user.id, { lesson: lesson.id })).toEqual(["人类"]);
    const all = await search(user.id, {});
    expect(all.total).toBe(3);
    expect(all.notes.find((n) => n.text === "人类")!.lesson).toEqual({ id: lesson.id, title: "两会记者会" });
    expect(all.notes[0].cards.map((c) => c.type)).toEqual(["RECOGNITION", "RECALL"]);
  });

  it("paginates newest first", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) await makeNote(user.id, { text: `词${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    const page2 = await listNotes({ userId: user.id, query: notesQuerySchema.parse({ page: "2" }), pageSize: 2 });
    expect(page2.notes.map((n) => n.text)).toEqual(["词2", "词1"]);
    expect(page2).toMatchObject({ total: 5, page: 2, pageCount: 3 });
  });
});

describe("/api/notes/[id]", () => {
  it("reads and edits a note; a text another note has is a CONFLICT and changes nothing", async () => {
    const user = await makeUser();
    const { note } = await makeNote(user.id, { text: "外交", pinyin: "wai jiao", meaning: "diplomacy" });
    await makeNote(user.id, { text: "外交部" });
    const got = await noteRoute.GET(await request(`/api/notes/${note.id}`, { userId: user.id }), params({ id: note.id }));
    expect((await got.json()).note).toMatchObject({ text: "外交", cards: [{ type: "RECOGNITION", state: 0 }, { type: "RECALL" }] });

    const patched = await noteRoute.PATCH(
      await request(`/api/notes/${note.id}`, { method: "PATCH", userId: user.id, body: { pinyin: "wài jiāo", meaning: "foreign affairs", tags: ["politics", "hsk5"] } }),
      params({ id: note.id }),
    );
    expect(patched.status).toBe(200);
    expect(await db.note.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ pinyin: "wài jiāo", meaning: "foreign affairs", tags: ["politics", "hsk5"] });

    const clash = await noteRoute.PATCH(
      await request(`/api/notes/${note.id}`, { method: "PATCH", userId: user.id, body: { text: "外交部", meaning: "changed" } }),
      params({ id: note.id }),
    );
    expect(clash.status).toBe(409);
    expect((await clash.json()).error.message).toContain("You already have a note \"外交部\"");
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).meaning).toBe("foreign affairs");

    const bad = await noteRoute.PATCH(
      await request(`/api/notes/${note.id}`, { method: "PATCH", userId: user.id, body: { text: "abc", tags: ["two words"] } }),
      params({ id: note.id }),
    );
    expect(bad.status).toBe(400);
  });

  it("suspends, unsuspends and resets a card (logs kept); deleting the note removes its cards and logs", async () => {
    const user = await makeUser();
    const { note, cards } = await makeNote(user.id);
    await db.card.update({ where: { id: cards[0].id }, data: { state: 2, reps: 5, lapses: 1, stability: 12, lastReview: new Date("2026-01-05T00:00:00Z") } });
    await makeLog(user.id, cards[0].id, { review: new Date("2026-01-05T00:00:00Z"), rating: 3, state: 2 });
    const act = async (cardId: string, action: string) =>
      cardRoute.POST(await request(`/api/notes/${note.id}/cards/${cardId}`, { method: "POST", userId: user.id, body: { action } }), params({ id: note.id, cardId }));

    expect((await act(cards[0].id, "suspend")).status).toBe(200);
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).suspended).toBe(true);
    await act(cards[0].id, "unsuspend");
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).suspended).toBe(false);
    const reset = await act(cards[0].id, "reset");
    expect((await reset.json()).card).toMatchObject({ state: 0, reps: 0, lapses: 0, lastReview: null });
    expect(await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).toMatchObject({ stability: 0, state: 0, version: 3 });
    expect(await db.reviewLog.count({ where: { cardId: cards[0].id } })).toBe(1);
    expect((await act(cards[0].id, "explode")).status).toBe(400);

    // A card of another note, addressed through this note, does not exist.
    const { cards: otherCards } = await makeNote(user.id);
    expect((await act(otherCards[0].id, "suspend")).status).toBe(404);

    const del = await noteRoute.DELETE(await request(`/api/notes/${note.id}`, { method: "DELETE", userId: user.id }), params({ id: note.id }));
    expect(del.status).toBe(200);
    expect(await db.card.count({ where: { noteId: note.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { cardId: cards[0].id } })).toBe(0);
    const again = await noteRoute.GET(await request(`/api/notes/${note.id}`, { userId: user.id }), params({ id: note.id }));
    expect(again.status).toBe(404);
  });

  it("answers another user's note exactly like a missing one, and changes nothing", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const { note, cards } = await makeNote(owner.id, { meaning: "mine" });
    const missing = await noteRoute.GET(await request(`/api/notes/00000000-0000-4000-8000-000000000000`, { userId: intruder.id }), params({ id: "00000000-0000-4000-8000-000000000000" }));
    const foreign = await noteRoute.GET(await request(`/api/notes/${note.id}`, { userId: intruder.id }), params({ id: note.id }));
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
    const notUuid = await noteRoute.GET(await request(`/api/notes/abc`, { userId: intruder.id }), params({ id: "abc" }));
    expect(notUuid.status).toBe(404);

    await noteRoute.PATCH(await request(`/api/notes/${note.id}`, { method: "PATCH", userId: intruder.id, body: { meaning: "theirs" } }), params({ id: note.id }));
    await noteRoute.DELETE(await request(`/api/notes/${note.id}`, { method: "DELETE", userId: intruder.id }), params({ id: note.id }));
    const cardRes = await cardRoute.POST(
      await request(`/api/notes/${note.id}/cards/${cards[0].id}`, { method: "POST", userId: intruder.id, body: { action: "suspend" } }),
      params({ id: note.id, cardId: cards[0].id }),
    );
    expect(cardRes.status).toBe(404);
    expect(await db.note.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ meaning: "mine" });
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).suspended).toBe(false);
  });
});
