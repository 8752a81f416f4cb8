import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { jobNotFound } from "@/lib/server/optimizer/get-optimizer-job";

/** Writes a finished job's weights into the user's settings; the job becomes APPLIED. */
export async function applyOptimizerJob(opts: { userId: string; jobId: string }): Promise<{ weights: number[] }> {
  return db.$transaction(async (tx) => {
    const job = await tx.optimizerJob.findFirst({ where: { id: opts.jobId, userId: opts.userId }, select: { status: true, weights: true } });
    if (!job) throw jobNotFound();
    if (job.status === "APPLIED") throw new AppError("CONFLICT", "These weights are already applied.");
    if (job.status !== "DONE" || job.weights.length !== 21) throw new AppError("CONFLICT", "This optimization has not finished successfully; there is nothing to apply.");
    // The status check in the where makes two concurrent applies write once.
    const { count } = await tx.optimizerJob.updateMany({ where: { id: opts.jobId, userId: opts.userId, status: "DONE" }, data: { status: "APPLIED" } });
    if (count === 0) throw new AppError("CONFLICT", "These weights are already applied.");
    await tx.schedulingSettings.upsert({
      where: { userId: opts.userId },
      create: { userId: opts.userId, weights: job.weights },
      update: { weights: job.weights },
    });
    return { weights: job.weights };
  });
}
