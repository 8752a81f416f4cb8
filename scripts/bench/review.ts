// Review benchmark: `npm run bench:review` (add `-- --http [--batch N]` for the HTTP load test,
// which needs a production build: `npm run build`; the review screen sends up to 50 answers per request). Builds (once, then reuses) a database `bench_review` with
// 20,000 users × 100 cards and 2,000,000 review logs, then times buildQueueForUser and
// recordReviews for random users, and optionally answers/s through the production server
// (scripts/server.ts, as `npm start` runs it; `--next-only`: plain `next start`) with autocannon.
import { randomBytes, randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import { spawnServer, waitForServer } from "../server-process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

// `--users N` builds a smaller dataset (its own database) for a quick run; the figures to quote use the default.
let USERS = 20_000;
const NOTES_PER_USER = 25; // × 4 card types = 100 cards
let LOGS = 2_000_000;
// The heavy learner profile: 5,000 saved words × 4 card types = 20,000 cards, 15,000 of them new.
const HEAVY_USERS = 10;
const HEAVY_NOTES = 5_000;
const HEAVY_SEEN_NOTES = 1_250; // × 4 = 5,000 seen cards
const root = path.resolve(import.meta.dirname, "..", "..");

async function buildDataset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The heavy learners (buildHeavyUsers) are added on top: they do not make the dataset "different".
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM "User" WHERE email LIKE 'bench-%')::int AS users, (SELECT count(*) FROM "ReviewLog")::int AS logs`);
    if (rows[0].users === USERS && rows[0].logs >= LOGS) return console.log(`bench_review already built (${USERS} users, ${rows[0].logs} logs): reusing it`);
    const step = async (label: string, sql: string) => {
      const start = performance.now();
      await client.query(sql);
      console.log(`  ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    };
    console.log("building bench_review…");
    await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'`);
    await step("clear", `TRUNCATE "User" CASCADE`);
    await step("users", `INSERT INTO "User" (email, name, "updatedAt") SELECT 'bench-' || g || '@bench.local', 'Bench ' || g, now() FROM generate_series(1, ${USERS}) g`);
    await step("settings", `INSERT INTO "SchedulingSettings" ("userId", "updatedAt") SELECT id, now() FROM "User"`);
    await step(
      "notes",
      `INSERT INTO "Note" ("userId", kind, text, pinyin, meaning, "sentenceText", "createdAt", "updatedAt")
       SELECT u.id, 'WORD', '词' || n, 'cí', 'word ' || n, '这是词' || n || '的句子。', now() - n * interval '1 day', now()
       FROM "User" u CROSS JOIN generate_series(1, ${NOTES_PER_USER}) n`,
    );
    // 30% new, 5% learning (due within the next hours), 65% review (due from 5 days ago to 60 days ahead).
    await step(
      "cards",
      `INSERT INTO "Card" ("noteId", "userId", type, due, stability, difficulty, "scheduledDays", reps, state, "lastReview", "createdAt")
       SELECT id, "userId", type::"CardType",
         CASE WHEN r < 0.30 THEN "createdAt" WHEN r < 0.35 THEN now() + r2 * interval '10 hours' ELSE now() + (r2 * 65 - 5) * interval '1 day' END,
         CASE WHEN r < 0.30 THEN 0 ELSE 10 END, CASE WHEN r < 0.30 THEN 0 ELSE 5 END, CASE WHEN r < 0.35 THEN 0 ELSE 10 END,
         CASE WHEN r < 0.30 THEN 0 ELSE 3 END, CASE WHEN r < 0.30 THEN 0 WHEN r < 0.35 THEN 1 ELSE 2 END,
         CASE WHEN r < 0.30 THEN NULL ELSE now() - interval '1 day' - r2 * interval '20 days' END, "createdAt"
       FROM (SELECT n.id, n."userId", n."createdAt", t.type, random() AS r, random() AS r2
             FROM "Note" n CROSS JOIN (VALUES ('RECOGNITION'), ('RECALL'), ('LISTENING'), ('CLOZE')) t(type)) s`,
    );
    // One log per card, spread over the last 300 days, 2% of them today.
    await step(
      "review logs",
      `INSERT INTO "ReviewLog" ("clientId", "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
         "scheduledDays", "learningSteps", review, "previousDue", "durationMs", "cardVersion")
       SELECT gen_random_uuid(), "userId", id, 3, 2, at, 10, 5, 10, 10, 10, 0, at, at, 5000, 1
       FROM (SELECT id, "userId", CASE WHEN random() < 0.02 THEN now() - random() * interval '3 hours' ELSE now() - random() * interval '300 days' END AS at
             FROM "Card" LIMIT ${LOGS}) s`,
    );
    await step("vacuum analyze", `VACUUM ANALYZE`);
  } finally {
    await client.end();
  }
}

async function buildHeavyUsers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "User" WHERE email LIKE 'heavy-%@bench.local'`);
    if (rows[0].n === HEAVY_USERS) return;
    console.log(`adding ${HEAVY_USERS} heavy learners (${HEAVY_NOTES * 4} cards each, ${(HEAVY_NOTES - HEAVY_SEEN_NOTES) * 4} new)…`);
    await client.query(`DELETE FROM "User" WHERE email LIKE 'heavy-%@bench.local'`);
    await client.query(`INSERT INTO "User" (email, name, "updatedAt") SELECT 'heavy-' || g || '@bench.local', 'Heavy ' || g, now() FROM generate_series(1, ${HEAVY_USERS}) g`);
    await client.query(`INSERT INTO "SchedulingSettings" ("userId", "updatedAt") SELECT id, now() FROM "User" WHERE email LIKE 'heavy-%@bench.local'`);
    await client.query(
      `INSERT INTO "Note" ("userId", kind, text, pinyin, meaning, "sentenceText", "createdAt", "updatedAt")
       SELECT u.id, 'WORD', '重' || n, 'zhòng', 'heavy ' || n, '这是重' || n || '的句子。', now() - (${HEAVY_NOTES} - n) * interval '1 minute', now()
       FROM "User" u CROSS JOIN generate_series(1, ${HEAVY_NOTES}) n WHERE u.email LIKE 'heavy-%@bench.local'`,
    );
    // The oldest notes were studied (review cards due from 30 days ago to 60 ahead, a few learning); the rest are new.
    await client.query(
      `INSERT INTO "Card" ("noteId", "userId", type, due, stability, difficulty, "scheduledDays", reps, state, "lastReview", "createdAt")
       SELECT id, "userId", type::"CardType",
         CASE WHEN seen THEN now() + (r * 90 - 30) * interval '1 day' ELSE "createdAt" END,
         CASE WHEN seen THEN 10 ELSE 0 END, CASE WHEN seen THEN 5 ELSE 0 END, CASE WHEN seen THEN 10 ELSE 0 END,
         CASE WHEN seen THEN 3 ELSE 0 END, CASE WHEN NOT seen THEN 0 WHEN r < 0.02 THEN 1 ELSE 2 END,
         CASE WHEN seen THEN now() - interval '10 days' END, "createdAt"
       FROM (SELECT n.id, n."userId", n."createdAt", t.type, random() AS r,
                    dense_rank() OVER (PARTITION BY n."userId" ORDER BY n."createdAt") <= ${HEAVY_SEEN_NOTES} AS seen
             FROM "Note" n JOIN "User" u ON u.id = n."userId" AND u.email LIKE 'heavy-%@bench.local'
             CROSS JOIN (VALUES ('RECOGNITION'), ('RECALL'), ('LISTENING'), ('CLOZE')) t(type)) s`,
    );
    await client.query(`ANALYZE "Card"; ANALYZE "Note"`);
  } finally {
    await client.end();
  }
}

async function benchHeavy(runs: number): Promise<void> {
  const { getDb } = await import("@/lib/server/db");
  const { buildQueueForUser } = await import("@/lib/server/review/build-queue");
  const db = getDb();
  const users = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM "User" WHERE email LIKE 'heavy-%@bench.local'`;
  const [{ cards, fresh }] = await db.$queryRaw<{ cards: number; fresh: number }[]>`
    SELECT count(*)::int AS cards, count(*) FILTER (WHERE state = 0)::int AS fresh FROM "Card" WHERE "userId" = ${users[0].id}::uuid`;
  for (const u of users) await buildQueueForUser({ userId: u.id, now: new Date() }); // warm-up
  const times: number[] = [];
  let shown = 0;
  const url = process.env.DATABASE_URL!;
  const cpuBefore = { node: process.cpuUsage(), database: (await cpuSeconds(url, process.pid))?.database };
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const queue = await buildQueueForUser({ userId: users[i % users.length].id, now: new Date() });
    times.push(performance.now() - start);
    shown += queue.cards.length;
  }
  const node = process.cpuUsage(cpuBefore.node);
  const database = (await cpuSeconds(url, process.pid))?.database;
  const cpu =
    cpuBefore.database !== undefined && database !== undefined
      ? `; CPU per queue: Node ${((node.user + node.system) / 1000 / runs).toFixed(2)} ms, PostgreSQL ${(((database - cpuBefore.database) * 1000) / runs).toFixed(2)} ms`
      : "";
  console.log(`buildQueueForUser, heavy learners (${cards} cards, ${fresh} new; ${runs} runs, ${(shown / runs).toFixed(0)} cards shown): ${fmt(times)} (target < 10 ms median)${cpu}`);
  // What /review and /api/review/pack build: the queue plus each card's state and the settings.
  const { getReviewPack } = await import("@/lib/server/review/get-review-pack");
  const packTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await getReviewPack({ userId: users[i % users.length].id, now: new Date() });
    packTimes.push(performance.now() - start);
  }
  console.log(`getReviewPack, heavy learners (${runs} runs): ${fmt(packTimes)}`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const fmt = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return `median ${percentile(s, 0.5).toFixed(2)} ms, p99 ${percentile(s, 0.99).toFixed(2)} ms`;
};

async function benchFunctions(runs: number): Promise<void> {
  const { getDb } = await import("@/lib/server/db");
  const { buildQueueForUser } = await import("@/lib/server/review/build-queue");
  const { recordReviews } = await import("@/lib/server/review/record-review");
  const db = getDb();
  const users = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM "User" WHERE email LIKE 'bench-%' ORDER BY random() LIMIT ${runs}`;
  for (const u of users.slice(0, 20)) await buildQueueForUser({ userId: u.id, now: new Date() }); // warm-up

  const queueTimes: number[] = [];
  const picks: { userId: string; cardId: string; version: number }[] = [];
  let cardsShown = 0;
  for (const u of users) {
    const start = performance.now();
    const queue = await buildQueueForUser({ userId: u.id, now: new Date() });
    queueTimes.push(performance.now() - start);
    cardsShown += queue.cards.length;
    if (queue.cards[0]) picks.push({ userId: u.id, cardId: queue.cards[0].id, version: queue.cards[0].version });
  }
  console.log(`buildQueueForUser (${runs} random users, ${(cardsShown / runs).toFixed(0)} cards each on average): ${fmt(queueTimes)} (target < 10 ms)`);

  const recordTimes: number[] = [];
  let recorded = 0;
  for (const p of picks) {
    const start = performance.now();
    const [r] = await recordReviews({
      userId: p.userId,
      now: new Date(),
      answers: [{ id: randomUUID(), cardId: p.cardId, rating: 3, reviewedAt: new Date(), durationMs: 5000, cardVersion: p.version }],
    });
    recordTimes.push(performance.now() - start);
    if (r.status === "recorded") recorded++;
  }
  console.log(`recordReviews, one answer (${picks.length} random users, ${recorded} recorded): ${fmt(recordTimes)} (target < 5 ms)`);
}

async function benchHttp(url: string, seconds: number, batch: number, nextOnly: boolean): Promise<void> {
  // autocannon ships no types; only these fields are used.
  type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  const moduleName = "autocannon";
  const { default: autocannon } = (await import(moduleName)) as { default: (opts: object) => Promise<Result> };
  const { encode } = await import("next-auth/jwt");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Ordinary users only: answering the heavy learners' cards here would change their queues (the
  // next run's heavy-learner figure measured a learner with 2,000 answers that day).
  const { rows } = await client.query(
    `SELECT u.id::text AS "userId", array_agg(c.id::text) AS cards FROM (SELECT id FROM "User" WHERE email LIKE 'bench-%' ORDER BY random() LIMIT 50) u JOIN "Card" c ON c."userId" = u.id GROUP BY u.id`,
  );
  // A session cookie names a live UserSession row (lib/server/auth/session.ts).
  const sessions = await client.query(`INSERT INTO "UserSession" ("userId", "expiresAt") SELECT unnest($1::uuid[]), now() + interval '1 day' RETURNING id::text, "userId"::text`, [
    rows.map((r: { userId: string }) => r.userId),
  ]);
  const sid = new Map<string, string>(sessions.rows.map((s: { id: string; userId: string }) => [s.userId, s.id]));
  await client.end();
  const secret = randomBytes(32).toString("base64url");
  const users = await Promise.all(
    rows.map(async (r: { userId: string; cards: string[] }) => ({
      cards: r.cards,
      cookie: `next-auth.session-token=${await encode({ token: { uid: r.userId, sid: sid.get(r.userId), sub: r.userId }, secret })}`,
    })),
  );

  const port = 3900 + Math.floor(Math.random() * 90);
  // BENCH_PROFILE_DIR=/some/dir writes a CPU profile of the server there (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  // The production server (`npm start`, scripts/server.ts); --next-only: plain `next start`, where
  // every answer goes through Next's request handling, for comparison.
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}` };
  const server = nextOnly
    ? spawn(process.execPath, [...profile, path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        env: { ...env, NODE_ENV: "production" },
        stdio: "ignore",
      })
    : spawnServer({ port, host: "127.0.0.1", env, stdio: "ignore", nodeArgs: profile });
  try {
    await waitForServer(`http://127.0.0.1:${port}/signin`, { server });
    let nextUser = 0;
    type Ctx = { user?: (typeof users)[number]; i?: number };
    let signedOut = false; // the floor measurement below
    const requests = [
      {
        method: "POST" as const,
        path: "/api/review/answers",
        setupRequest: (req: Record<string, unknown>, context: Ctx) => {
          // One user per connection; every request a new client id, cycling through the user's cards.
          if (!context.user) {
            context.user = users[nextUser++ % users.length];
            context.i = 0;
          }
          const user = context.user;
          const answers = Array.from({ length: batch }, () => {
            const cardId = user.cards[context.i!++ % user.cards.length];
            return { id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 4000 };
          });
          const cookie = signedOut ? "" : context.user.cookie;
          return { ...req, headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}`, cookie }, body: JSON.stringify({ answers }) };
        },
      },
    ];
    await autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, duration: 3, requests }); // warm-up
    const before = await cpuSeconds(url, server.pid!);
    const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, duration: seconds, requests });
    const after = await cpuSeconds(url, server.pid!);
    const answers = result.requests.average * seconds * batch;
    console.log(
      `HTTP POST /api/review/answers, ${batch} answer(s) per request, 50 concurrent users, ${seconds} s: ${Math.round(result.requests.average * batch)} answers/s ` +
        `(${Math.round(result.requests.average)} requests/s; target ≥ 1,000 answers/s at 1 per request), latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    // CPU time per answer does not depend on what else the machine runs (answers/s does): the
    // figure to compare changes by on a shared machine. 2 cores ÷ (server + database ms) ≈ the
    // answers/s these two alone could reach.
    if (before && after && answers > 0) {
      const server = ((after.server - before.server) * 1000) / answers;
      const database = ((after.database - before.database) * 1000) / answers;
      console.log(
        `  CPU per answer: server ${server.toFixed(2)} ms, PostgreSQL ${database.toFixed(2)} ms (${os.cpus().length} cores → at most ~${Math.round((os.cpus().length * 1000) / (server + database))} answers/s for these two alone; ` +
          `the server is one thread: at most ~${Math.round(1000 / server)} answers/s)`,
      );
    }
    // The floor under our code: the same requests without a session cookie, refused with 401 by the
    // route wrapper before any database work (Next's request handling, the wrapper, one log line).
    signedOut = true;
    const floorSeconds = 5;
    const floorBefore = await cpuSeconds(url, server.pid!);
    const floor = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, duration: floorSeconds, requests });
    const floorAfter = await cpuSeconds(url, server.pid!);
    if (floorBefore && floorAfter && floor.requests.average > 0) {
      const perRequest = ((floorAfter.server - floorBefore.server) * 1000) / (floor.requests.average * floorSeconds);
      console.log(`  the same requests signed out (401 before any database work): ${Math.round(floor.requests.average)} requests/s, server CPU ${perRequest.toFixed(2)} ms per request`);
    }
  } finally {
    server.kill("SIGTERM");
  }
}

/** CPU seconds (user + system) of the `next start` process and of the PostgreSQL backends serving the bench database (Linux /proc; null elsewhere). */
async function cpuSeconds(url: string, serverPid: number): Promise<{ server: number; database: number } | null> {
  const tick = 100; // USER_HZ on Linux
  const of = (pid: number) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
      return (Number(fields[11]) + Number(fields[12])) / tick; // utime, stime
    } catch {
      return null;
    }
  };
  const server = of(serverPid);
  if (server === null) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
    return { server, database: rows.reduce((sum: number, r: { pid: number }) => sum + (of(r.pid) ?? 0), 0) };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { users: { type: "string", default: "20000" }, runs: { type: "string", default: "1000" }, http: { type: "boolean", default: false }, seconds: { type: "string", default: "15" }, batch: { type: "string", default: "1" }, "next-only": { type: "boolean", default: false } } });
  const { openDatabaseServer, ensureDatabaseExists, withDatabase } = await import("../db/local-postgres");
  const { migrateDatabase } = await import("@/lib/server/db/migrate");
  const server = await openDatabaseServer(() => {});
  try {
    USERS = Number(values.users);
    LOGS = USERS * 100;
    const name = USERS === 20_000 ? "bench_review" : `bench_review_${USERS}`;
    await ensureDatabaseExists(server.adminUrl, name);
    const url = withDatabase(server.adminUrl, name);
    await migrateDatabase(url, path.join(root, "prisma", "migrations"));
    await buildDataset(url);
    await buildHeavyUsers(url);
    process.env.DATABASE_URL = url;
    process.env.SRS_FUZZ ??= "1";
    await benchFunctions(Number(values.runs));
    await benchHeavy(Math.min(Number(values.runs), 300));
    await (await import("@/lib/server/db")).getDb().$disconnect();
    if (values.http) await benchHttp(url, Number(values.seconds), Number(values.batch), values["next-only"]);
  } finally {
    await server.stop();
  }
}

await main();
