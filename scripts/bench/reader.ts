// Reader benchmark: `npm run bench:reader` (needs `npm run build`). In a scratch database
// `bench_reader`, stores (once) a 200,000-character lesson and a 200,000-character text without
// punctuation, then times the first view of each through `next start` (HTML bytes, time to the
// whole response), cold and warm.
import { randomBytes } from "node:crypto";
import { spawnServer, waitForServer } from "../server-process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const SEED = readFileSync(path.join(root, "tests", "fixtures", "wang-yi-press-conference-2025-03-07.txt"), "utf8");
const repeat = (text: string, chars: number) => [...text.repeat(Math.ceil(chars / [...text].length))].slice(0, chars).join("");

async function main() {
  const { openDatabaseServer, ensureDatabaseExists, withDatabase } = await import("../db/local-postgres");
  const { migrateDatabase } = await import("@/lib/server/db/migrate");
  const server = await openDatabaseServer(() => {});
  await ensureDatabaseExists(server.adminUrl, "bench_reader");
  const url = withDatabase(server.adminUrl, "bench_reader");
  await migrateDatabase(url, path.join(root, "prisma", "migrations"));
  process.env.DATABASE_URL = url;
  const { getDb } = await import("@/lib/server/db");
  const { createLesson } = await import("@/lib/server/lessons/create-lesson");
  const db = getDb();
  const user = await db.user.upsert({ where: { email: "reader@bench.local" }, create: { email: "reader@bench.local", name: "Reader" }, update: {} });
  const lessons: { label: string; id: string }[] = [];
  for (const [label, text] of [
    ["200,000 characters", repeat(SEED + "\n", 200_000)],
    ["200,000 characters without punctuation", repeat(SEED.replace(/[^\p{Script=Han}]/gu, ""), 200_000)],
  ] as const) {
    const title = `bench ${label}`;
    const found = await db.lesson.findFirst({ where: { ownerId: user.id, title }, select: { id: true } });
    const id = found?.id ?? (await createLesson({ ownerId: user.id, text, title })).id;
    lessons.push({ label, id });
  }
  const [{ bytes, chars }] = await db.$queryRaw<{ bytes: number; chars: number }[]>`
    SELECT sum(pg_column_size(l.words) + (SELECT sum(pg_column_size(s.tokens)) FROM "Sentence" s WHERE s."lessonId" = l.id))::int AS bytes,
           sum(l."characterCount")::int AS chars
    FROM "Lesson" l WHERE l."ownerId" = ${user.id}::uuid`;
  console.log(`token storage: ${(bytes / chars).toFixed(1)} bytes per Han character (word list + token lists)`);
  // A signed-in session as next-auth makes it: the JWT names a UserSession row.
  const { createUserSession } = await import("@/lib/server/auth/user-sessions");
  const sid = await createUserSession(user.id);
  await db.$disconnect();

  const { encode } = await import("next-auth/jwt");
  const secret = randomBytes(32).toString("base64url");
  const cookie = `next-auth.session-token=${await encode({ token: { uid: user.id, sub: user.id, sid }, secret })}`;
  const port = 3990 + Math.floor(Math.random() * 9);
  const next = spawnServer({ port, host: "127.0.0.1", env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn" }, stdio: "ignore" });
  try {
    await waitForServer(`http://127.0.0.1:${port}/api/health`, { server: next, ready: (status) => status < 500 });
    for (const l of lessons) {
      const times: number[] = [];
      let size = 0;
      let pages = "";
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}/lessons/${l.id}?page=1`, { headers: { cookie } });
        const html = await res.text();
        times.push(performance.now() - start);
        size = Buffer.byteLength(html);
        // (React separates the text parts with comments: "Page <!-- -->1<!-- --> of <!-- -->126".)
        const found = html.match(/Page (?:<!-- -->)?1(?:<!-- -->)? of (?:<!-- -->)?(\d+)/)?.[1];
        // Not the reader (a sign-in page, an error): say so rather than time the wrong page.
        if (!res.ok || !found) throw new Error(`/lessons/${l.id}?page=1 answered ${res.status} without the reader's page count (signed out?)`);
        pages = `page 1 of ${found}`;
      }
      const warm = times.slice(1).sort((a, b) => a - b)[2];
      console.log(`reader, first page of ${l.label}: ${(size / 1024).toFixed(0)} kB HTML (${pages}), first view ${times[0].toFixed(0)} ms, warm median ${warm.toFixed(0)} ms (targets < 500 kB, < 1.5 s)`);
    }
  } finally {
    next.kill("SIGTERM");
    await server.stop();
  }
}

await main();
