import "server-only";
import { db } from "@/lib/server/db";
import { toOptimizerJobView, type OptimizerJobView } from "@/lib/server/optimizer/optimizer-job-view";

/** The user's most recent job, for the settings page to resume showing it. */
export async function getLatestOptimizerJob(opts: { userId: string }): Promise<OptimizerJobView | null> {
  const job = await db.optimizerJob.findFirst({ where: { userId: opts.userId }, orderBy: { createdAt: "desc" } });
  return job ? toOptimizerJobView(job) : null;
}
