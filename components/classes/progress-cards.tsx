import type { ClassProgress } from "@/lib/server/classes/get-class-progress";
import { LocalTime } from "@/components/classes/local-time";
import { StatusBadge } from "@/components/classes/status-badge";
import { formatRetention } from "@/components/classes/progress-table";

/** The dashboard on a phone: one card per member instead of a wide table. */
export function ProgressCards({ progress }: { progress: ClassProgress }) {
  const { members, class: klass } = progress;
  return (
    <ul className="space-y-3" aria-label="Class progress by member">
      {members.map((m) => (
        <li key={m.userId} className="rounded-lg border border-stone-200 bg-white p-3" data-testid="progress-card">
          <p className="truncate font-medium">{m.name}</p>
          <p className="truncate text-xs text-stone-500">{m.email}</p>
          <p className="mt-1 text-xs text-stone-600">
            {m.reviews7d} reviews in 7 d · last: {m.lastReview ? <LocalTime iso={m.lastReview.toISOString()} /> : "never"}
          </p>
          <ul className="mt-2 divide-y divide-stone-100 border-t border-stone-100">
            {klass.assignments.map((a) => {
              const c = m.cells[a.id];
              return (
                <li key={a.id} className="py-2">
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-han min-w-0 truncate text-sm">{a.lessonTitle}</span>
                    <StatusBadge status={c.status} />
                  </div>
                  <dl className="mt-1 grid grid-cols-4 gap-1 text-center text-xs text-stone-600">
                    {[
                      ["Words", c.saved],
                      ["Rev. 7 d", c.reviews7d],
                      ["Retention", formatRetention(c.retention)],
                      ["Due now", c.overdue],
                    ].map(([label, value]) => (
                      <div key={label} className="rounded bg-stone-50 px-1 py-1">
                        <dt>{label}</dt>
                        <dd className="font-medium tabular-nums text-stone-900">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
