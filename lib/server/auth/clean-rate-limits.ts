import "server-only";
import { db } from "@/lib/server/db";

/**
 * Rows no window can still need: every limit's window is far shorter than a day, and a block that
 * has ended counts for nothing. Run hourly by the worker's cron (lib/server/jobs/run-worker.ts).
 */
export const RATE_LIMIT_RETENTION_MS = 24 * 3600_000;

export async function cleanRateLimits(now: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({
    where: {
      windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
  return count;
}
