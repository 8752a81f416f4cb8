"use client";
import { useCallback, useEffect, useState } from "react";
import { sendJson } from "@/components/notes/send-json";
import { FormStatus, primaryButton } from "@/components/settings/form-bits";
import type { OptimizerJobView } from "@/lib/server/optimizer/optimizer-job-view";

const active = (job: OptimizerJobView | null) => job?.status === "QUEUED" || job?.status === "RUNNING";

export function OptimizerPanel({ reviewCount, minReviews, latest, customWeights }: { reviewCount: number; minReviews: number; latest: OptimizerJobView | null; customWeights: boolean }) {
  const [job, setJob] = useState<OptimizerJobView | null>(latest);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  const poll = useCallback(async (id: string) => {
    const result = await sendJson<{ job: OptimizerJobView }>(`/api/optimizer/${id}`, "GET");
    if (result.ok) setJob(result.data.job);
    else setError(result.error);
  }, []);

  useEffect(() => {
    if (!job || !active(job)) return;
    const timer = setTimeout(() => poll(job.id), 1000);
    return () => clearTimeout(timer);
  }, [job, poll]);

  async function start() {
    setError(undefined);
    setMessage(null);
    const result = await sendJson<{ job: OptimizerJobView }>("/api/optimizer", "POST", {});
    if (result.ok) setJob(result.data.job);
    else setError(result.error);
  }

  async function apply() {
    if (!job) return;
    const result = await sendJson(`/api/optimizer/${job.id}/apply`, "POST", {});
    if (!result.ok) return setError(result.error);
    setJob({ ...job, status: "APPLIED" });
    setMessage("Your personal weights are now used for scheduling.");
  }

  const missing = minReviews - reviewCount;
  return (
    <div className="space-y-3" data-optimizer>
      <p className="text-sm text-stone-600">
        Fits FSRS to your own review history ({reviewCount} review{reviewCount === 1 ? "" : "s"} so far). {customWeights ? "You are using personal weights." : "You are using the default weights."}
      </p>
      {missing > 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Optimizing needs at least {minReviews} reviews: {missing} more to go.
        </p>
      ) : null}
      <button type="button" onClick={start} disabled={missing > 0 || active(job)} className={primaryButton}>
        {active(job) ? "Optimizing…" : "Optimize my schedule"}
      </button>
      {job && active(job) ? (
        <div aria-label="Optimizer progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(job.progress * 100)} className="h-2 w-full overflow-hidden rounded bg-stone-200">
          <div className="h-full bg-brand-700 transition-all" style={{ width: `${Math.max(5, job.progress * 100)}%` }} />
        </div>
      ) : null}
      {job?.status === "FAILED" ? <FormStatus error={job.error ?? "The optimization failed."} /> : null}
      {job && (job.status === "DONE" || job.status === "APPLIED") && job.logLossBefore !== null && job.logLossAfter !== null ? (
        <div className="rounded-md bg-stone-50 px-3 py-2 text-sm" data-optimizer-result>
          <p>
            Fitted on {job.reviewCount} reviews. Log loss (lower predicts your memory better): default {job.logLossBefore.toFixed(4)} → yours{" "}
            <strong>{job.logLossAfter.toFixed(4)}</strong>.
          </p>
          {job.status === "DONE" ? (
            <button type="button" onClick={apply} className={`${primaryButton} mt-2`}>
              Apply these weights
            </button>
          ) : (
            <p className="mt-1 text-emerald-700">Applied.</p>
          )}
        </div>
      ) : null}
      <FormStatus error={error} message={message} />
    </div>
  );
}
