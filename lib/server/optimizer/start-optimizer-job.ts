import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { MIN_REVIEWS_FOR_OPTIMIZE } from "@/lib/srs/optimize";
import { enqueueJob, TASK } from "@/lib/server/jobs/job-queue";
import { toOptimizerJobView, type OptimizerJobView } from "@/lib/server/optimizer/optimizer-job-view";

// A job still "running" after this long died with its process (a restart); it no longer blocks.
const STALE_AFTER_MS = 30 * 60_000;

/** Creates a job row and queues the fitting for the worker; the caller responds at once and polls. */
export async function startOptimizerJob(opts: { userId: string; now?: Date }): Promise<OptimizerJobView> {
  const now = opts.now ?? new Date();
  const reviewCount = await db.reviewLog.count({ where: { userId: opts.userId } });
  if (reviewCount < MIN_REVIEWS_FOR_OPTIMIZE) {
    const more = MIN_REVIEWS_FOR_OPTIMIZE - reviewCount;
    throw new AppError(
      "INVALID_INPUT",
      `Optimizing needs at least ${MIN_REVIEWS_FOR_OPTIMIZE} reviews. You have ${reviewCount}: ${more} more to go.`,
    );
  }
  const running = await db.optimizerJob.findFirst({
    where: { userId: opts.userId, status: { in: ["QUEUED", "RUNNING"] }, createdAt: { gt: new Date(now.getTime() - STALE_AFTER_MS) } },
    select: { id: true },
  });
  if (running) throw new AppError("CONFLICT", "An optimization is already running. Wait for it to finish.");
  const job = await db.$transaction(async (tx) => {
    const row = await tx.optimizerJob.create({ data: { userId: opts.userId, reviewCount } });
    // One attempt: runOptimizerJob records its own failures; a crashed worker's job is released and re-run.
    await enqueueJob(tx, TASK.optimizeSchedule, { jobId: row.id, userId: opts.userId }, { jobKey: `optimizer:${row.id}`, maxAttempts: 2 });
    return row;
  });
  return toOptimizerJobView(job);
}
