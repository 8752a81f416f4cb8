"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { formatDuration, formatNextDue } from "./format";

const noop = () => () => {};
/** False while hydrating: "later today" depends on the browser's clock and zone, so it is written on the client only. */
const useMounted = () => useSyncExternalStore(noop, () => true, () => false);

export interface SessionStats {
  reviewed: number;
  again: number;
  timeMs: number;
}

export function ReviewSummary({ stats, nextDue }: { stats: SessionStats; nextDue: string | null }) {
  const mounted = useMounted();
  const nextLine = (
    <p className="mt-4 min-h-7 text-lg" data-testid="next-due">
      {!mounted ? null : nextDue ? `Next review: ${formatNextDue(nextDue, new Date())}` : "You have no cards yet."}
    </p>
  );
  if (stats.reviewed === 0) {
    return (
      <section className="rounded-2xl border border-stone-200 bg-white p-8 text-center" aria-label="Nothing to review">
        <p className="font-han text-5xl" aria-hidden>
          好
        </p>
        <h2 className="mt-4 text-xl font-semibold">Nothing to review right now</h2>
        {nextLine}
        <p className="mt-6">
          <Link href="/lessons" className="text-brand-700 underline">
            Read a lesson and save new words
          </Link>
        </p>
      </section>
    );
  }
  const againRate = Math.round((100 * stats.again) / stats.reviewed);
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-8 text-center" aria-label="Session summary">
      <h2 className="text-xl font-semibold">Done for now. 做得好！</h2>
      <dl className="mx-auto mt-6 grid max-w-md grid-cols-3 gap-4">
        <div>
          <dt className="text-sm text-stone-500">Cards reviewed</dt>
          <dd className="text-2xl font-semibold" data-testid="reviewed-count">
            {stats.reviewed}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-500">Time</dt>
          <dd className="text-2xl font-semibold">{formatDuration(stats.timeMs)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-500">Again</dt>
          <dd className="text-2xl font-semibold">{againRate}%</dd>
        </div>
      </dl>
      {nextLine}
    </section>
  );
}
