// Browser tests run the real production server (scripts/server.ts as `npm start` runs it, after `npm run build`) on a fresh
// database with the demo data, and drive it with Debian's Chromium through playwright-core.
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../support/test-database";
import { chromiumPath } from "./browser";
import { spawnWorker } from "../../../scripts/spawn-worker";
import { freePort, spawnServer, waitForServer } from "../../../scripts/server-process";

const root = path.resolve(import.meta.dirname, "..", "..", "..");


export default async function setup(project: TestProject) {
  chromiumPath(); // fail early, with a clear message, when no browser is installed
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` before `npm run test:e2e`.");

  const database = await createTestDatabase("e2e");
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import("../../../lib/server/seed/seed-demo");
  await seedDemo(() => {});
  const { getDb } = await import("../../../lib/server/db");
  await getDb().$disconnect();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer({
    port,
    host: "127.0.0.1",
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Lesson imports are built by the job worker, as in production.
  const worker = spawnWorker({ ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "warn" }, "pipe");
  let output = "";
  for (const p of [server, worker]) {
    p.stdout!.on("data", (d) => (output += d));
    p.stderr!.on("data", (d) => (output += d));
  }

  await waitForServer(`${baseUrl}/signin`, { server, detail: () => output });
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", database.url);

  return async () => {
    for (const p of [server, worker]) p.kill("SIGTERM");
    await Promise.all([server, worker].map((p) => new Promise((r) => (p.exitCode === null ? p.once("exit", r) : r(null)))));
    if (process.env.E2E_SERVER_LOG) console.log(output);
    await database.drop();
  };
}
