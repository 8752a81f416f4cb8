import "server-only";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/errors";
import { optimizeWeights, type CardHistory } from "@/lib/srs/optimize";
import type { RatingValue } from "@/lib/srs/card-state";

const PROGRESS_EVERY_MS = 500;

/**
 * Fits the user's weights and records the outcome in the job row. Never throws: every failure
 * ends as status FAILED with a message. The fitting itself runs in the native binding's thread
 * pool (computeParameters is an async napi task), so awaiting it does not block other requests.
 */
export async function runOptimizerJob(opts: { jobId: string; userId: string }): Promise<void> {
  const { jobId, userId } = opts;
  try {
    await db.optimizerJob.update({ where: { id: jobId }, data: { status: "RUNNING" } });
    const [settings, logs] = await Promise.all([
      db.schedulingSettings.findUnique({ where: { userId }, select: { timeZone: true, dayStartHour: true, relearningSteps: true } }),
      db.reviewLog.findMany({ where: { userId }, select: { cardId: true, rating: true, review: true }, orderBy: { review: "asc" } }),
    ]);
    const byCard = new Map<string, CardHistory>();
    for (const l of logs) {
      const h = byCard.get(l.cardId) ?? { cardId: l.cardId, reviews: [] };
      h.reviews.push({ rating: l.rating as RatingValue, reviewedAt: l.review });
      byCard.set(l.cardId, h);
    }
    let lastWrite = 0;
    const result = await optimizeWeights([...byCard.values()], {
      timeZone: settings?.timeZone ?? "UTC",
      dayStartHour: settings?.dayStartHour ?? 4,
      numRelearningSteps: Math.max(1, settings?.relearningSteps.length ?? 1),
      onProgress: (fraction) => {
        if (Date.now() - lastWrite < PROGRESS_EVERY_MS || fraction >= 1) return;
        lastWrite = Date.now();
        // Fire and forget: a lost progress update only makes the bar lag.
        db.optimizerJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { progress: fraction } }).catch(() => {});
      },
    });
    await db.optimizerJob.update({
      where: { id: jobId },
      data: {
        status: "DONE",
        progress: 1,
        weights: result.weights,
        logLossBefore: result.logLossBefore,
        logLossAfter: result.logLossAfter,
        reviewCount: result.reviewCount,
        finishedAt: new Date(),
      },
    });
  } catch (e) {
    if (!isAppError(e)) console.error("optimizer job failed", jobId, e);
    const error = isAppError(e) ? e.message : "The optimizer failed unexpectedly. Please try again later.";
    await db.optimizerJob.update({ where: { id: jobId }, data: { status: "FAILED", error, finishedAt: new Date() } }).catch(() => {});
  }
}
