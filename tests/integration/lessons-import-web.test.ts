// Web pastes, page source and subtitles through the real POST /api/lessons: junk is left out and
// reported (in the answer and, stored with the lesson, in the reader); a paste with no body is
// refused with a specific message and nothing is written.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { POST } from "@/app/api/lessons/route";
import { getLesson } from "@/lib/server/lessons/get-lesson";
import { getLessonBuild } from "@/lib/server/lessons/get-lesson-build";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";
import { runJobWorker, waitForBuild } from "../support/worker";

const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/genres", f), "utf8");
const noParams = { params: Promise.resolve({}) };

/** The import answer; once queued (202), what the build reports when the worker is done with it. */
async function post(userId: string, text: string) {
  const res = await POST(await request("/api/lessons", { method: "POST", userId, body: { text } }), noParams);
  const body = await res.json();
  if (res.status !== 202) return { status: res.status, body };
  const build = await waitForBuild(body.jobId);
  expect(build.status).toBe("DONE");
  const view = await getLessonBuild({ userId, buildId: body.jobId });
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: build.lessonId! }, select: { id: true, title: true, _count: { select: { sentences: true } } } });
  return { status: res.status, body: { id: lesson.id, title: lesson.title, sentenceCount: lesson._count.sentences, dropped: view.dropped } };
}

runJobWorker();

describe("importing web pages and subtitles", () => {
  it("imports a whole web-page paste without its furniture and reports each dropped line", async () => {
    const user = await makeUser();
    const { status, body } = await post(user.id, read("web-page-paste.txt"));
    expect(status).toBe(202);
    expect(body.title).toBe("外交部发言人就中欧关系答记者问");
    const reasons = (body.dropped as { line: string; reason: string }[]).map((d) => d.reason);
    expect(reasons).toEqual(expect.arrayContaining(["navigation", "share bar", "page buttons", "editor credit", "QR prompt", "related links", "copyright"]));
    const lesson = await getLesson({ userId: user.id, lessonId: body.id });
    expect(lesson?.dateline).toBe("新华社北京3月7日电");
    expect(lesson?.dropped).toEqual(body.dropped);
    const text = lesson!.sentences.map((s) => s.text).join("");
    expect(text).toContain("中方的立场是：反对任何形式的保护主义");
    expect(text).not.toMatch(/纠错|分享到|ICP|扫一扫|责任编辑/);
  });

  it("imports page source without tags or entities", async () => {
    const user = await makeUser();
    const { status, body } = await post(user.id, read("html-source-paste.html"));
    expect(status).toBe(202);
    const sentences = await db.sentence.findMany({ where: { lessonId: body.id }, orderBy: { index: "asc" } });
    expect(sentences.some((s) => /<\/?p>|&nbsp;|&ldquo;/.test(s.text))).toBe(false);
    expect(sentences.map((s) => s.text)).toContain("国务院新闻办公室今天举行新闻发布会，介绍今年稳就业的主要举措。");
  });

  it("imports an SRT file as its cues", async () => {
    const user = await makeUser();
    const { status, body } = await post(user.id, read("subtitles.srt"));
    expect(status).toBe(202);
    expect(body.sentenceCount).toBe(5);
  });

  it.each([
    ["only-navigation.txt", /^No Chinese article text was found: only page furniture \(5 lines/],
    ["only-headlines.txt", /^This looks like a list of headlines or links/],
  ])("refuses %s with a specific message and stores nothing", async (file, message) => {
    const user = await makeUser();
    const { status, body } = await post(user.id, read(file));
    expect(status).toBe(400);
    expect(body.error.fields.text).toMatch(message);
    expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(0);
  });
});
