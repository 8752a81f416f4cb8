// The real job runner (graphile-worker + our tasks) inside the test process, on the run's database.
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/server/db";
import { startWorker, type WorkerHandle } from "@/lib/server/jobs/run-worker";

/** Starts a worker for the tests of the calling file and stops it after them. */
export function runJobWorker(): void {
  let worker: WorkerHandle | null = null;
  beforeAll(async () => {
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 2 });
  });
  afterAll(async () => {
    await worker?.stop();
  });
}

/** Polls a lesson build until it leaves QUEUED/RUNNING; returns the row. */
export async function waitForBuild(buildId: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const build = await db.lessonBuild.findUniqueOrThrow({ where: { id: buildId } });
    if (build.status === "DONE" || build.status === "FAILED") return build;
    if (Date.now() > until) throw new Error(`build ${buildId} still ${build.status} (${build.stage}) after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
