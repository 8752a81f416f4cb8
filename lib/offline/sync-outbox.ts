// Sends the outbox to the server in order: runs of answers in batches (the server replays each
// with its own reviewedAt and idempotency id, so a batch sent twice counts once), an undo on its
// own (it names the answer it takes back). One tab at a time (Web Locks): two tabs never send the
// same op twice at once. An op leaves the outbox only once the server has answered for it.
import type { AnswerOutcome, PendingAnswer, RecordedCard } from "@/lib/offline/review-pack";
import type { OutboxOp, ReviewStore } from "@/lib/offline/review-store";

const BATCH = 50;

export interface SyncReport {
  /** "done": the outbox is empty; otherwise why it stopped (nothing was dropped). */
  status: "done" | "offline" | "signed-out" | "server-error";
  sent: number;
  /** Answers the server did not count because the card was answered elsewhere first. */
  conflicts: number;
  /** Other answers or undos the server refused, with its reason. */
  refused: string[];
  /** The cards as the server recorded them after this sync's answers, in the order answered. */
  recorded: RecordedCard[];
}

export function withOutboxLock<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? (locks.request(`review-outbox:${userId}`, fn) as Promise<T>) : fn();
}

async function post(url: string, body: unknown): Promise<Response | null> {
  try {
    return await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
  } catch {
    return null;
  }
}

function stopFor(res: Response | null): SyncReport["status"] | null {
  if (!res) return "offline";
  if (res.status === 401) return "signed-out";
  if (res.status >= 500 || res.status === 429) return "server-error";
  return null;
}

const errorMessage = async (res: Response) => ((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;

export function syncOutbox(store: ReviewStore): Promise<SyncReport> {
  return withOutboxLock(store.userId, async () => {
    const report: SyncReport = { status: "done", sent: 0, conflicts: 0, refused: [], recorded: [] };
    for (;;) {
      const ops = await store.ops();
      if (ops.length === 0) return report;
      const first = ops[0];
      if (first.kind === "undo") {
        const res = await post("/api/review/undo", { answerId: first.answerId });
        const stop = stopFor(res);
        if (stop) return { ...report, status: stop };
        // 404: already taken back (a retry after a lost response); 409: a later answer won.
        if (res!.status === 409) report.refused.push(await errorMessage(res!));
        else if (res!.ok) {
          const { card } = (await res!.json().catch(() => ({}))) as { card?: RecordedCard };
          if (card) report.recorded.push(card);
        }
        await store.deleteOps([first.seq!]);
        report.sent++;
        continue;
      }
      const run: (OutboxOp & { kind: "answer" })[] = [];
      for (const op of ops) {
        if (op.kind !== "answer" || run.length === BATCH) break;
        run.push(op);
      }
      // sentAt lets the server correct the times of a device whose clock is off.
      const res = await post("/api/review/answers", { answers: run.map((o): PendingAnswer => o.answer), sentAt: new Date().toISOString() });
      const stop = stopFor(res);
      if (stop) return { ...report, status: stop };
      if (res!.ok) {
        const { results } = (await res!.json()) as { results: AnswerOutcome[] };
        for (const r of results) {
          if (r.status === "recorded" && r.card) report.recorded.push(r.card);
          if (r.status === "stale") report.conflicts++;
          else if (r.status === "rejected") report.refused.push(r.message ?? "An answer was refused.");
        }
      } else {
        // A malformed batch would be refused forever: report it rather than block every later answer.
        report.refused.push(`${run.length} answers were refused: ${await errorMessage(res!)}`);
      }
      await store.deleteOps(run.map((o) => o.seq!));
      report.sent += run.length;
    }
  });
}
