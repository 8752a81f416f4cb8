// POST /api/lessons through the real route handler: good input is stored, bad input is refused
// with a clear message and nothing is written.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { NextRequest } from "next/server";
import { POST } from "@/app/api/lessons/route";
import { db, makeUser } from "../support/db";
import { request, sameOriginHeaders, sessionCookie } from "../support/http";
import { runJobWorker, waitForBuild } from "../support/worker";

const SEED = readFileSync(path.resolve(import.meta.dirname, "../fixtures/wang-yi-press-conference-2025-03-07.txt"), "utf8");
const SHORT = "王毅：各位记者朋友，上午好！很高兴同大家再次见面。我们要构建人类命运共同体，推动世界和平发展。";
const noParams = { params: Promise.resolve({}) };

async function multipart(userId: string, fields: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return new NextRequest("http://localhost:3000/api/lessons", { method: "POST", headers: { ...sameOriginHeaders(), cookie: await sessionCookie(userId) }, body: form });
}

async function refused(userId: string, req: NextRequest, status: number) {
  const res = await POST(req, noParams);
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(await db.lesson.count({ where: { ownerId: userId } })).toBe(0);
  return body.error as { code: string; message: string; fields?: Record<string, string> };
}

/** A 202 from POST /api/lessons, then the worker's result: the stored lesson's id. */
async function lessonOf(res: Response): Promise<string> {
  expect(res.status).toBe(202);
  const body = await res.json();
  expect(body).toMatchObject({ status: "QUEUED", stage: "queued", statusUrl: `/api/lessons/builds/${body.jobId}` });
  const build = await waitForBuild(body.jobId);
  expect(build.status).toBe("DONE");
  return build.lessonId!;
}

runJobWorker();

describe("POST /api/lessons", () => {
  it("imports the seed transcript pasted as JSON", async () => {
    const user = await makeUser({ role: "TEACHER" });
    const res = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: SEED, visibility: "CLASSES" } }), noParams);
    const id = await lessonOf(res);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id }, include: { _count: { select: { sentences: true } } } });
    expect(lesson.title).toBe("王毅就中国外交政策和对外关系回答中外记者提问");
    expect(lesson._count.sentences).toBeGreaterThanOrEqual(131); // "；" joins clauses: it does not end a sentence
    expect(lesson.ownerId).toBe(user.id);
    expect(lesson.visibility).toBe("CLASSES");
    expect(lesson.sourceText).toBe(SEED.trim());
  }, 120_000); // the first build also loads the dictionaries in the worker's builder thread

  it("imports an uploaded GB18030 file, decoded on the server, with the given title", async () => {
    const user = await makeUser();
    const file = new Blob([new Uint8Array(iconv.encode(SHORT, "gb18030"))], { type: "text/plain" });
    const res = await POST(await multipart(user.id, { file, title: "  我的课  ", visibility: "PRIVATE" }), noParams);
    const id = await lessonOf(res);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id }, include: { sentences: { orderBy: { index: "asc" } } } });
    expect(lesson.title).toBe("我的课");
    expect(lesson.sourceText).toBe(SHORT);
    expect(lesson.sentences.map((s) => s.text).join("")).toContain("构建人类命运共同体");
  });

  it("refuses empty text with a message for the field", async () => {
    const user = await makeUser();
    const e = await refused(user.id, await request("/api/lessons", { method: "POST", userId: user.id, body: { text: "   \n " } }), 400);
    expect(e.fields?.text).toBe("The text is empty");
  });

  it("refuses a binary upload", async () => {
    const user = await makeUser();
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const e = await refused(user.id, await multipart(user.id, { file: new Blob([bytes]) }), 400);
    expect(e.fields?.text).toBe("This file looks binary, not text");
  });

  it("refuses text that is not Chinese", async () => {
    const user = await makeUser();
    const text = "The foreign minister answered questions from Chinese and foreign journalists. 中国外交";
    const e = await refused(user.id, await multipart(user.id, { text }), 400);
    expect(e.fields?.text).toMatch(/doesn't look like Chinese text/);
  });

  it("refuses text over 200,000 characters", async () => {
    const user = await makeUser();
    const e = await refused(user.id, await request("/api/lessons", { method: "POST", userId: user.id, body: { text: "中".repeat(200_001) } }), 413);
    expect(e.fields?.text).toMatch(/the limit is 200,000/);
  });

  it("refuses an oversized body by its Content-Length without reading it", async () => {
    const user = await makeUser();
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
      },
    });
    const req = new NextRequest("http://localhost:3000/api/lessons", {
      method: "POST",
      headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id), "content-type": "application/json", "content-length": String(50 * 1024 * 1024) },
      body,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" });
    const e = await refused(user.id, req, 413);
    expect(e.message).toMatch(/larger than 2 MB/);
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it("stops reading a body without Content-Length once it passes the cap", async () => {
    const user = await makeUser();
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        sent += 256 * 1024;
        if (sent > 20 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(256 * 1024).fill(0x41));
      },
    });
    const req = new NextRequest("http://localhost:3000/api/lessons", {
      method: "POST",
      headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id), "content-type": "application/json" },
      body,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" });
    await refused(user.id, req, 413);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses a malformed body", async () => {
    const user = await makeUser();
    const e = await refused(user.id, await request("/api/lessons", { method: "POST", userId: user.id, rawBody: "{not json", headers: { "content-type": "application/json" } }), 400);
    expect(e.message).toMatch(/not valid JSON/);
    const v = await refused(user.id, await request("/api/lessons", { method: "POST", userId: user.id, body: { text: SHORT, visibility: "PUBLIC" } }), 400);
    expect(v.message).toMatch(/visibility/);
  });
});
