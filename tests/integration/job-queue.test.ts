// The lesson job queue end to end: the API queues a build, a real worker process (scripts/worker.ts,
// graphile-worker) reports each stage and stores the lesson; a worker killed mid-build is replaced
// and its build finishes once; a transient failure is retried; maximal imports run side by side;
// the daily quota refuses with a clear message.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { POST } from "@/app/api/lessons/route";
import { GET as getBuild } from "@/app/api/lessons/builds/[id]/route";
import { POST as rebuild } from "@/app/api/lessons/[id]/rebuild/route";
import { runLessonBuild } from "@/lib/server/lessons/run-lesson-build";
import { stopLessonBuilder } from "@/lib/server/jobs/build-in-thread";
import { spawnWorker } from "@/scripts/spawn-worker";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { waitForBuild } from "../support/worker";

const SEED = readFileSync(path.resolve(import.meta.dirname, "../fixtures/wang-yi-press-conference-2025-03-07.txt"), "utf8");
const noParams = { params: Promise.resolve({}) };
const workers: ChildProcess[] = [];

function startWorker(env: Record<string, string> = {}): ChildProcess {
  const child = spawnWorker({ ...process.env, LOG_LEVEL: "warn", WORKER_DEAD_AFTER_SECONDS: "5", ...env }, "pipe");
  child.stderr!.on("data", (d) => process.stderr.write(`[worker ${child.pid}] ${d}`));
  workers.push(child);
  return child;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  }
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => stop(w)));
});
afterAll(() => stopLessonBuilder());

async function enqueue(userId: string, text: string): Promise<string> {
  const res = await POST(await request("/api/lessons", { method: "POST", userId, body: { text } }), noParams);
  const body = await res.json();
  if (res.status !== 202) throw new Error(`expected 202, got ${res.status}: ${JSON.stringify(body)}`);
  return body.jobId;
}

const poll = async (userId: string, id: string) => (await getBuild(await request(`/api/lessons/builds/${id}`, { userId }), params({ id }))).json();

/** A transcript of about n characters made of the seed, with a unique sentence so tests never share text. */
function transcript(chars: number, marker = uniqueSentence()): string {
  let text = `${marker}\n`;
  while ([...text].length < chars) text += SEED + "\n";
  return [...text].slice(0, chars).join("");
}

function uniqueSentence(): string {
  const han = Array.from({ length: 12 }, () => String.fromCodePoint(0x4e00 + randomInt(0, 0x5000))).join("");
  return `标记${han}。`;
}

describe("lesson job queue", () => {
  it("answers 202 at once, then a worker process reports each stage in order and stores the lesson", async () => {
    const user = await makeUser();
    const id = await enqueue(user.id, transcript(60_000));
    // No worker yet: the build waits in the queue (nothing is lost while no worker runs).
    expect(await poll(user.id, id)).toMatchObject({ status: "QUEUED", stage: "queued", lessonId: null });
    startWorker();
    const order = ["queued", "cleaning", "segmenting", "pinyin", "glossary", "saving", "done"];
    const seen: string[] = [];
    for (;;) {
      const view = await poll(user.id, id);
      if (seen.at(-1) !== view.stage) seen.push(view.stage);
      if (view.status === "DONE" || view.status === "FAILED") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen.at(-1)).toBe("done");
    // Stages only move forward, and the page saw the work in progress, not just the end.
    expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(seen.filter((s) => s !== "queued" && s !== "done").length).toBeGreaterThanOrEqual(2);
    const done = await poll(user.id, id);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: done.lessonId }, include: { _count: { select: { sentences: true } } } });
    expect(lesson.ownerId).toBe(user.id);
    expect(lesson._count.sentences).toBeGreaterThan(500);
    // Another user cannot see the build.
    const stranger = await makeUser();
    expect((await getBuild(await request(`/api/lessons/builds/${id}`, { userId: stranger.id }), params({ id }))).status).toBe(404);
  }, 300_000);

  it("finishes a build whose worker was killed mid-way in the next worker, storing the lesson once", async () => {
    const user = await makeUser();
    const id = await enqueue(user.id, transcript(60_000));
    const first = startWorker();
    for (;;) {
      const b = await db.lessonBuild.findUniqueOrThrow({ where: { id } });
      if (b.status === "RUNNING") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await stop(first, "SIGKILL"); // a crash: no graceful hand-back of the job
    expect((await db.lessonBuild.findUniqueOrThrow({ where: { id } })).status).toBe("RUNNING");
    startWorker(); // notices the dead worker's silent heartbeat and takes its job over
    const build = await waitForBuild(id, 200_000);
    expect(build.status).toBe("DONE");
    expect(build.attempts).toBe(2);
    expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(1);
  }, 260_000);

  it("retries a build after a transient database failure, and running a finished build again changes nothing", async () => {
    const user = await makeUser();
    const marker = uniqueSentence();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    // A failure only this build's sentences hit: the first attempt fails while storing.
    await admin.query(`ALTER TABLE "Sentence" ADD CONSTRAINT job_queue_test_block CHECK (position('${marker}' in text) = 0) NOT VALID`);
    try {
      const id = await enqueue(user.id, transcript(5_000, marker));
      startWorker();
      for (;;) {
        const b = await db.lessonBuild.findUniqueOrThrow({ where: { id } });
        if (b.attempts >= 1 && b.status === "QUEUED") break; // the attempt failed and is waiting for its retry
        expect(b.status).not.toBe("DONE");
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(0);
      await admin.query(`ALTER TABLE "Sentence" DROP CONSTRAINT job_queue_test_block`);
      const build = await waitForBuild(id, 60_000);
      expect(build.status).toBe("DONE");
      expect(build.attempts).toBe(2);
      // The queue delivering the job once more (at-least-once) is harmless.
      await runLessonBuild({ buildId: id, finalAttempt: false });
      expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(1);
      // A re-build replaces the sentences of the same lesson.
      const before = await db.sentence.count({ where: { lessonId: build.lessonId! } });
      const res = await rebuild(await request(`/api/lessons/${build.lessonId}/rebuild`, { method: "POST", userId: user.id }), params({ id: build.lessonId! }));
      expect(res.status).toBe(202);
      const rebuilt = await waitForBuild((await res.json()).jobId, 60_000);
      expect(rebuilt).toMatchObject({ status: "DONE", kind: "rebuild", lessonId: build.lessonId });
      expect(await db.sentence.count({ where: { lessonId: build.lessonId! } })).toBe(before);
      expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(1);
    } finally {
      await admin.query(`ALTER TABLE "Sentence" DROP CONSTRAINT IF EXISTS job_queue_test_block`);
      await admin.end();
    }
  }, 300_000);

  it("stores three maximal (200,000-character) imports queued at once", async () => {
    const users = await Promise.all([1, 2, 3].map(() => makeUser()));
    const ids = await Promise.all(users.map((u) => enqueue(u.id, transcript(199_000))));
    startWorker();
    const builds = await Promise.all(ids.map((id) => waitForBuild(id, 420_000)));
    expect(builds.map((b) => b.status)).toEqual(["DONE", "DONE", "DONE"]);
    for (const [i, u] of users.entries()) {
      const lesson = await db.lesson.findFirstOrThrow({ where: { ownerId: u.id } });
      expect(lesson.id).toBe(builds[i].lessonId);
      expect(lesson.characterCount).toBeGreaterThan(150_000);
    }
  }, 480_000);

  it("refuses an import past the daily quota with 429, Retry-After and a clear message, storing nothing", async () => {
    const user = await makeUser();
    process.env.LESSON_IMPORTS_PER_DAY = "2";
    process.env.LESSON_CHARACTERS_PER_DAY = "12000";
    try {
      await enqueue(user.id, transcript(5_000));
      const tooLong = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: transcript(8_000) } }), noParams);
      expect(tooLong.status).toBe(429);
      expect((await tooLong.json()).error.message).toMatch(/^This text has 8,\d{3} characters and you have imported 5,\d{3} in the last 24 hours; the limit is 12,000 characters a day\./);
      await enqueue(user.id, transcript(1_000));
      const third = await POST(await request("/api/lessons", { method: "POST", userId: user.id, body: { text: transcript(1_000) } }), noParams);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
      const body = await third.json();
      expect(body.error.message).toMatch(/^You have imported 2 lessons in the last 24 hours; the limit is 2 a day\. You can import again in 24 hours\.$/);
      expect(body.error.fields.text).toMatch(/Daily import limit reached/);
      expect(await db.lessonBuild.count({ where: { userId: user.id } })).toBe(2);
    } finally {
      delete process.env.LESSON_IMPORTS_PER_DAY;
      delete process.env.LESSON_CHARACTERS_PER_DAY;
    }
  });
});
