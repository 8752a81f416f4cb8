import "server-only";
import { makeWorkerUtils } from "graphile-worker";
import { db } from "@/lib/server/db";

/** A worker that has not beaten for this long is dead: its locked jobs are handed back to the queue. */
export function deadAfterMs(): number {
  return Number(process.env.WORKER_DEAD_AFTER_SECONDS ?? 60) * 1000;
}

export async function beat(id: string, workerIds: string[]): Promise<void> {
  const now = new Date();
  await db.workerHeartbeat.upsert({ where: { id }, create: { id, workerIds, beatAt: now }, update: { workerIds, beatAt: now } });
}

/**
 * graphile-worker only unlocks a crashed worker's jobs after 4 hours; our heartbeat knows sooner.
 * Jobs of a worker that stopped beating are unlocked (and retried, their attempt already counted).
 */
export async function releaseJobsOfDeadWorkers(connectionString: string, selfId?: string): Promise<number> {
  // Never this process itself: a late beat under load does not make it dead.
  const dead = await db.workerHeartbeat.findMany({ where: { beatAt: { lt: new Date(Date.now() - deadAfterMs()) }, ...(selfId ? { id: { not: selfId } } : {}) } });
  if (dead.length === 0) return 0;
  const utils = await makeWorkerUtils({ connectionString });
  try {
    const ids = dead.flatMap((d) => d.workerIds);
    if (ids.length > 0) await utils.forceUnlockWorkers(ids);
    await db.workerHeartbeat.deleteMany({ where: { id: { in: dead.map((d) => d.id) } } });
  } finally {
    await utils.release();
  }
  return dead.length;
}

/** The newest heartbeat of any worker (for /api/health). */
export async function latestHeartbeat(): Promise<Date | null> {
  const row = await db.workerHeartbeat.findFirst({ orderBy: { beatAt: "desc" }, select: { beatAt: true } });
  return row?.beatAt ?? null;
}
