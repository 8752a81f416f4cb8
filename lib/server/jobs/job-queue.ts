import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The PostgreSQL job queue is graphile-worker (schema `graphile_worker`, migrated by
// lib/server/db/migrate.ts). The web process only adds jobs, with one SQL call inside its own
// transaction, so a job exists exactly when the row it works on does; scripts/worker.ts runs them.
export const TASK = {
  buildLesson: "build-lesson",
  optimizeSchedule: "optimize-schedule",
  cleanRateLimits: "clean-rate-limits",
} as const;

export type TaskName = (typeof TASK)[keyof typeof TASK];

/**
 * Adds a job in the caller's transaction. `jobKey` makes adding idempotent: a second add with the
 * same key replaces the pending job instead of queueing a twin.
 */
export async function enqueueJob(
  tx: Prisma.TransactionClient,
  task: TaskName,
  payload: Record<string, unknown>,
  opts: { jobKey?: string; maxAttempts?: number } = {},
): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT (graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json,
            max_attempts := ${opts.maxAttempts ?? 3}::int, job_key := ${opts.jobKey ?? null}::text)).id::text AS id`;
  return rows[0].id;
}
