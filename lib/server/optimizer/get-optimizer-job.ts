import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { toOptimizerJobView, type OptimizerJobView } from "@/lib/server/optimizer/optimizer-job-view";

export const jobNotFound = () => new AppError("NOT_FOUND", "This optimization does not exist (or is not yours).");

export async function getOptimizerJob(opts: { userId: string; jobId: string }): Promise<OptimizerJobView> {
  const job = await db.optimizerJob.findFirst({ where: { id: opts.jobId, userId: opts.userId } });
  if (!job) throw jobNotFound();
  return toOptimizerJobView(job);
}
