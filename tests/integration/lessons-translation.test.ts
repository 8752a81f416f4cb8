// The English version of a lesson, through the real POST /api/lessons: aligned and stored per
// sentence; an English that is not English is refused and nothing is stored.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST } from "@/app/api/lessons/route";
import { enqueueLessonRebuild } from "@/lib/server/lessons/enqueue-lesson-build";
import { saveNote } from "@/lib/server/notes/save-note";
import { db, makeUser } from "../support/db";
import { request, sameOriginHeaders, sessionCookie } from "../support/http";
import { runJobWorker, waitForBuild } from "../support/worker";

const dir = path.resolve(import.meta.dirname, "../fixtures/parallel");
const ZH = readFileSync(path.join(dir, "regular-press-conference.zh.txt"), "utf8");
const EN = readFileSync(path.join(dir, "regular-press-conference.en.txt"), "utf8");
const noParams = { params: Promise.resolve({}) };

/** The import is queued (202); the worker builds it with its English: the stored lesson's id. */
async function lessonOf(res: Response): Promise<string> {
  expect(res.status).toBe(202);
  const build = await waitForBuild((await res.json()).jobId);
  expect(build).toMatchObject({ status: "DONE", english: null, sourceText: "" });
  return build.lessonId!;
}

runJobWorker();

describe("importing a lesson with its English version", () => {
  it("stores the English sentences and each Chinese sentence's aligned translation (JSON)", async () => {
    const user = await makeUser();
    const res = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: ZH, english: EN } }), noParams);
    const id = await lessonOf(res);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id }, include: { sentences: { orderBy: { index: "asc" } } } });
    expect(lesson.englishSentences).toHaveLength(23);
    expect(lesson.sentences[0].translation).toBe("Good afternoon, friends from the press.");
    expect([lesson.sentences[0].enStart, lesson.sentences[0].enEnd]).toEqual([1, 2]);
    // 2:1 merge: both Chinese sentences carry the same English and the same range.
    expect(lesson.sentences[7].translation).toBe(lesson.sentences[6].translation);
    expect(lesson.sentences[7].enStart).toBe(lesson.sentences[6].enStart);
  });

  it("takes the English as an uploaded file in a multipart form", async () => {
    const user = await makeUser();
    const form = new FormData();
    form.append("text", ZH);
    form.append("englishFile", new Blob([EN], { type: "text/plain" }));
    const req = new NextRequest("http://localhost:3000/api/lessons", { method: "POST", headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id) }, body: form });
    const res = await POST(req, noParams);
    const id = await lessonOf(res);
    expect(await db.sentence.count({ where: { lessonId: id, translation: { not: null } } })).toBeGreaterThanOrEqual(20);
  });

  it("refuses Chinese pasted as the English version, with a field message, storing nothing", async () => {
    const user = await makeUser();
    const res = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: ZH, english: ZH } }), noParams);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.english).toMatch(/doesn't look like English/);
    expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("without English, every translation is null", async () => {
    const user = await makeUser();
    const res = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: ZH } }), noParams);
    const id = await lessonOf(res);
    expect(await db.sentence.count({ where: { lessonId: id, translation: { not: null } } })).toBe(0);
  });

  it("a sentence card's back is the sentence's English; without English, its key words' glosses", async () => {
    const user = await makeUser();
    const withEnglish = { id: await lessonOf(await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: ZH, english: EN } }), noParams)) };
    const first = await db.sentence.findFirstOrThrow({ where: { lessonId: withEnglish.id, index: 1 } });
    const saved = await saveNote({ userId: user.id, text: first.text, kind: "sentence", lessonId: withEnglish.id, sentenceIndex: 1, now: new Date() });
    expect(saved.note.meaning).toBe(first.translation);

    const other = await makeUser();
    const plain = { id: await lessonOf(await POST(await request("/api/lessons", { method: "POST", userId: other.id, body: { text: ZH } }), noParams)) };
    const s = await db.sentence.findFirstOrThrow({ where: { lessonId: plain.id, index: 1 } });
    const note = (await saveNote({ userId: other.id, text: s.text, kind: "sentence", lessonId: plain.id, sentenceIndex: 1, now: new Date() })).note;
    expect(note.meaning).toMatch(/埃及 Egypt/);
    expect(note.meaning).not.toBe(note.pinyin);
  });

  it("a learner cannot share a lesson with classes (the option is for teachers)", async () => {
    const learner = await makeUser();
    const res = await POST(await request("/api/lessons", { method: "POST", userId: learner.id, body: { text: ZH, visibility: "CLASSES" } }), noParams);
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.visibility).toMatch(/Only teachers/);
    expect(await db.lesson.count({ where: { ownerId: learner.id } })).toBe(0);
  });

  it("a re-build keeps the English version, aligned again to the new sentences", async () => {
    const user = await makeUser();
    const id = await lessonOf(await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: ZH, english: EN } }), noParams));
    const before = await db.sentence.findMany({ where: { lessonId: id }, orderBy: { index: "asc" }, select: { translation: true, enStart: true, enEnd: true } });
    const build = await waitForBuild((await enqueueLessonRebuild({ userId: user.id, lessonId: id })).id);
    expect(build.status).toBe("DONE");
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id }, include: { sentences: { orderBy: { index: "asc" }, select: { translation: true, enStart: true, enEnd: true } } } });
    expect(lesson.englishSentences).toHaveLength(23);
    expect(lesson.sentences).toEqual(before);
  });
});
