// Issue 11 point 8: NUL, lone surrogates and noncharacters are refused with 400 before PostgreSQL
// sees them, everywhere text comes in; UTF-16 without a BOM is decoded (or refused); out-of-range
// durationMs is a 400; an undone answer id stays "duplicate" forever; an over-long search says so.
import { randomUUID } from "node:crypto";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db, makeUser } from "../support/db";
import { APP_ORIGIN, request, sameOriginHeaders, sessionCookie } from "../support/http";
import { makeNote } from "../support/cards";
import { decodeTranscriptBytes } from "@/lib/text/decode-input";
import { unstorableReason } from "@/lib/text/storable-text";
import { recordReviews } from "@/lib/server/review/record-review";
import { undoReview } from "@/lib/server/review/undo-review";
import { listNotes } from "@/lib/server/notes/list-notes";
import { notesQuerySchema, notesSearchProblem } from "@/lib/validation/notes-manage";
import { createClassAction } from "@/app/classes/actions";
import { signUp } from "@/app/signup/actions";
import * as lessonsRoute from "@/app/api/lessons/route";
import * as notesRoute from "@/app/api/notes/route";
import * as accountRoute from "@/app/api/settings/account/route";
import * as answersRoute from "@/app/api/review/answers/route";

const noParams = { params: Promise.resolve({}) };
const TEXT = "中华人民共和国外交部发言人在例行记者会上回答了记者的提问，介绍了中方在国际事务中的立场和主张。";
const BAD = { NUL: "\u0000", "lone surrogate": "\uD800", "lone low surrogate": "\uDFFF", noncharacter: "\uFFFE", "plane-1 noncharacter": "\u{1FFFF}" };

async function expect400(res: Response, pattern: RegExp) {
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.error.code).toBe("INVALID_INPUT");
  expect(body.error.message).toMatch(pattern);
}

describe("characters PostgreSQL cannot store (or nobody typed)", () => {
  it.each(Object.entries(BAD))("refuses a %s in lesson text and title, note text and account name with 400, writing nothing", async (_name, ch) => {
    const user = await makeUser();
    const post = (body: object) => request("/api/lessons", { method: "POST", userId: user.id, body });
    await expect400(await lessonsRoute.POST(await post({ text: TEXT.slice(0, 10) + ch + TEXT.slice(10) }), noParams), /not text/);
    await expect400(await lessonsRoute.POST(await post({ text: TEXT, title: `标题${ch}` }), noParams), /not text/);
    if (!/surrogate/.test(_name)) {
      // (UTF-8 cannot carry a lone surrogate: a browser's form encoding turns it into U+FFFD.)
      const form = new FormData();
      form.set("text", TEXT + ch);
      form.set("title", "ok");
      const multipart = new NextRequest(`${APP_ORIGIN}/api/lessons`, { method: "POST", headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id) }, body: form });
      await expect400(await lessonsRoute.POST(multipart, noParams), /not text/);
    }
    await expect400(await notesRoute.POST(await request("/api/notes", { method: "POST", userId: user.id, body: { text: `和${ch}平` } }), noParams), /text contains/);
    await expect400(await accountRoute.PATCH(await request("/api/settings/account", { method: "PATCH", userId: user.id, body: { name: `Li${ch}` } }), noParams), /name contains/);
    expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Test User");
  });

  it("refuses them in server actions (sign-up, class name) before anything runs", async () => {
    const result = await signUp({ name: "Li\u0000", email: `nul-${randomUUID()}@test.local`, password: "tangerine orbit lantern 42" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: { name: expect.stringMatching(/NUL/) } });
    const form = new FormData();
    form.set("name", "Class\u0000name"); // (FormData itself turns a lone surrogate into U+FFFD)
    const created = await createClassAction(undefined, form);
    expect(created, JSON.stringify(created)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("says which character and where; paired surrogates (emoji, rare Han) are fine", () => {
    expect(unstorableReason("ab\u0000c")).toBe("contains a NUL character (U+0000) at character 3, which is not text");
    expect(unstorableReason("𠀀😀中文")).toBeNull();
    expect(unstorableReason("x\uDC00")).toMatch(/lone surrogate \(U\+DC00\) at character 2/);
  });
});

describe("notes search", () => {
  it("an over-long or NUL search says so instead of listing every note", async () => {
    const user = await makeUser();
    const long = "和".repeat(101);
    expect(notesSearchProblem(long)).toMatch(/101 characters long; searches are limited to 100/);
    expect(notesSearchProblem("和\u0000")).toMatch(/NUL/);
    expect(notesSearchProblem("和平")).toBeNull();
    await expect(listNotes({ userId: user.id, query: { ...notesQuerySchema.parse({}), q: long } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("decodes Chinese UTF-16LE and UTF-16BE by their code units", () => {
    const le = new Uint8Array(Buffer.from(TEXT, "utf16le"));
    expect(decodeTranscriptBytes(le)).toBe(TEXT);
    const be = new Uint8Array(Buffer.from(TEXT, "utf16le").swap16());
    expect(decodeTranscriptBytes(be)).toBe(TEXT);
    const mixed = `2025年3月7日\nWang Yi: ${TEXT}`;
    expect(decodeTranscriptBytes(new Uint8Array(Buffer.from(mixed, "utf16le")))).toBe(mixed);
  });

  it("counter-cases: GBK, GB18030 and UTF-8 files are still read as themselves", () => {
    expect(decodeTranscriptBytes(new Uint8Array(iconv.encode(TEXT, "gbk")))).toBe(TEXT);
    expect(decodeTranscriptBytes(new Uint8Array(iconv.encode(TEXT, "gb18030")))).toBe(TEXT);
    expect(decodeTranscriptBytes(new TextEncoder().encode("plain ascii text, even length!"))).toBe("plain ascii text, even length!");
    expect(decodeTranscriptBytes(new TextEncoder().encode(TEXT))).toBe(TEXT);
  });

  it("refuses UTF-16 it cannot vouch for, with a message", () => {
    const korean = new Uint8Array(Buffer.from("Hello 안녕하세요 world, 반갑습니다 again and again", "utf16le"));
    expect(() => decodeTranscriptBytes(korean)).toThrow(/UTF-16 text without a byte-order mark/);
  });
});

describe("review answers", () => {
  it("refuses durationMs out of range with 400 instead of storing 0 or a cap", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id });
    for (const durationMs of [-5000, 1e15, Number.MAX_SAFE_INTEGER]) {
      const answer = { id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs };
      await expect400(await answersRoute.POST(await request("/api/review/answers", { method: "POST", userId: user.id, body: { answers: [answer] } }), noParams), /durationMs/);
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers an undone answer's id 'duplicate' forever, never recording it again", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id });
    const now = new Date();
    const answer = { id: randomUUID(), cardId: cards[0].id, rating: 3 as const, reviewedAt: now, durationMs: 3000 };
    expect((await recordReviews({ userId: user.id, now, answers: [answer] }))[0].status).toBe("recorded");
    await undoReview({ userId: user.id });
    const before = await db.card.findUniqueOrThrow({ where: { id: cards[0].id } });
    for (let i = 0; i < 3; i++) {
      const [retry] = await recordReviews({ userId: user.id, now: new Date(now.getTime() + 1000 * i), answers: [answer] });
      expect(retry.status).toBe("duplicate");
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).toEqual(before);
    // A new answer (new id) to the same card is recorded as usual.
    expect((await recordReviews({ userId: user.id, now, answers: [{ ...answer, id: randomUUID() }] }))[0].status).toBe("recorded");
  });
});
