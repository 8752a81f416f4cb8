// `npm run bench:import -- --live` (after `npm run build`): what another user sees while a maximal
// import builds. A scratch database with the demo data; the production server (scripts/server.ts)
// and one job worker, as `npm start` + `npm run worker` run them; the demo learner saves 20 words.
// Then GET /api/review/queue for the learner, one request after another: first with nothing else
// running (baseline), then while the demo teacher's 200,000-character import is built by the
// worker, until its job is done. Prints both latency distributions and the build's time
// (issue 10: the queue stays under 100 ms p99 during the import).
import { randomBytes } from "node:crypto";
import { createTestDatabase } from "../../tests/support/test-database";
import { freePort, spawnServer, waitForServer } from "../server-process";
import { spawnWorker } from "../spawn-worker";

const WORDS = ["和平", "发展", "合作", "经济", "世界", "国家", "人民", "安全", "外交", "主权", "开放", "创新", "绿色", "共同", "全球", "治理", "伙伴", "对话", "稳定", "繁荣"];


function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `${sorted.length} requests, median ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

export async function benchImportLive(text: string): Promise<void> {
  const database = await createTestDatabase("bench_import_live");
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");
  await seedDemo(() => {});
  const { getDb } = await import("@/lib/server/db");
  const db = getDb();
  const learner = await db.user.findFirstOrThrow({ where: { role: "LEARNER" }, select: { id: true } });
  const teacher = await db.user.findFirstOrThrow({ where: { role: "TEACHER" }, select: { id: true } });
  const { createUserSession } = await import("@/lib/server/auth/user-sessions");
  const { encode } = await import("next-auth/jwt");
  const secret = randomBytes(32).toString("base64url");
  const cookieOf = async (id: string) => `next-auth.session-token=${await encode({ token: { uid: id, sub: id, sid: await createUserSession(id) }, secret })}`;
  const [learnerCookie, teacherCookie] = [await cookieOf(learner.id), await cookieOf(teacher.id)];
  await db.$disconnect();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer({ port, host: "127.0.0.1", env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, LOG_LEVEL: "warn" }, stdio: "ignore" });
  const worker = spawnWorker({ ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "warn" }, "pipe");
  try {
    await waitForServer(`${base}/api/health`, { server, ready: (status) => status < 500 });
    const post = (path: string, cookie: string, body: unknown) =>
      fetch(`${base}${path}`, { method: "POST", headers: { cookie, origin: base, "content-type": "application/json" }, body: JSON.stringify(body) });
    for (const word of WORDS) {
      const res = await post("/api/notes", learnerCookie, { text: word, kind: "word" });
      if (res.status !== 201 && res.status !== 200) throw new Error(`saving ${word}: HTTP ${res.status}`);
    }
    const queue = async () => {
      const start = performance.now();
      const res = await fetch(`${base}/api/review/queue`, { headers: { cookie: learnerCookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`queue: HTTP ${res.status}`);
      return performance.now() - start;
    };
    for (let i = 0; i < 20; i++) await queue(); // warm-up
    const baseline: number[] = [];
    for (let i = 0; i < 200; i++) baseline.push(await queue());
    console.log(`Another user's GET /api/review/queue, nothing else running: ${summary(baseline)}`);

    const started = performance.now();
    const res = await post("/api/lessons", teacherCookie, { title: "Bench import", text });
    if (res.status !== 202) throw new Error(`import: HTTP ${res.status} ${await res.text()}`);
    const { jobId } = (await res.json()) as { jobId: string };
    let status = "QUEUED";
    const poll = (async () => {
      while (status !== "DONE" && status !== "FAILED") {
        await new Promise((r) => setTimeout(r, 250));
        const b = (await (await fetch(`${base}/api/lessons/builds/${jobId}`, { headers: { cookie: teacherCookie } })).json()) as { status: string };
        status = b.status;
      }
    })();
    const during: number[] = [];
    while (status !== "DONE" && status !== "FAILED") during.push(await queue());
    await poll;
    const buildMs = performance.now() - started;
    if (status !== "DONE") throw new Error(`the import's job ended ${status}`);
    console.log(`Same, while the worker builds and stores a ${text.length.toLocaleString("en")}-character import (${(buildMs / 1000).toFixed(1)} s): ${summary(during)} (target p99 < 100 ms)`);
  } finally {
    for (const p of [server, worker]) p.kill("SIGTERM");
    await Promise.all([server, worker].map((p) => new Promise((r) => (p.exitCode === null ? p.once("exit", r) : r(null)))));
    await database.drop();
  }
}
