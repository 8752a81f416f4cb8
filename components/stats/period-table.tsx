import type { RetentionPeriod } from "@/lib/server/stats/get-true-retention";
import type { TimeSpent } from "@/lib/server/stats/get-time-spent";

function duration(ms: number): string {
  if (ms > 0 && ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function RetentionTable({ periods }: { periods: RetentionPeriod[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-stat="retention">
      {periods.map((p) => (
        <div key={p.key} className="rounded-md bg-stone-50 px-3 py-2">
          <dt className="text-xs text-stone-500">{p.label}</dt>
          <dd className="text-xl font-semibold">{p.retention === null ? "—" : `${(p.retention * 100).toFixed(1)}%`}</dd>
          <dd className="text-xs text-stone-500">
            {p.passed} / {p.reviews} passed
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function TimeSpentTable({ periods }: { periods: TimeSpent[] }) {
  return (
    <dl className="grid grid-cols-3 gap-3" data-stat="time">
      {periods.map((p) => (
        <div key={p.key} className="rounded-md bg-stone-50 px-3 py-2">
          <dt className="text-xs text-stone-500">{p.label}</dt>
          <dd className="text-xl font-semibold">{duration(p.ms)}</dd>
          <dd className="text-xs text-stone-500">
            {p.reviews} review{p.reviews === 1 ? "" : "s"}
            {p.reviews ? ` · ${(p.ms / p.reviews / 1000).toFixed(1)} s each` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
