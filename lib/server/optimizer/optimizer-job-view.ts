export interface OptimizerJobView {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED" | "APPLIED";
  progress: number;
  reviewCount: number;
  weights: number[];
  logLossBefore: number | null;
  logLossAfter: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

type JobRow = Omit<OptimizerJobView, "createdAt" | "finishedAt"> & { createdAt: Date; finishedAt: Date | null; userId?: string };

/** What the page and the API show of a job (no user id; dates as ISO strings for client components). */
export function toOptimizerJobView(job: JobRow): OptimizerJobView {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    reviewCount: job.reviewCount,
    weights: job.weights,
    logLossBefore: job.logLossBefore,
    logLossAfter: job.logLossAfter,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
