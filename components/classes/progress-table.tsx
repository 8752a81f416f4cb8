import type { ClassProgress, ProgressCell } from "@/lib/server/classes/get-class-progress";
import { LocalTime } from "@/components/classes/local-time";
import { StatusBadge } from "@/components/classes/status-badge";

export const formatRetention = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

function Cell({ cell }: { cell: ProgressCell }) {
  return (
    <td className="border-l border-stone-100 px-3 py-2 align-top">
      <StatusBadge status={cell.status} />
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-2 text-xs text-stone-600">
        <dt>Words</dt>
        <dd className="text-right tabular-nums text-stone-900">{cell.saved}</dd>
        <dt>Reviews 7 d</dt>
        <dd className="text-right tabular-nums text-stone-900">{cell.reviews7d}</dd>
        <dt>Retention</dt>
        <dd className="text-right tabular-nums text-stone-900">{formatRetention(cell.retention)}</dd>
        <dt>Due now</dt>
        <dd className="text-right tabular-nums text-stone-900">{cell.overdue}</dd>
      </dl>
    </td>
  );
}

/** Members × assigned lessons (the page shows ProgressCards instead on phones). Scrolls sideways, names pinned, when wide. */
export function ProgressTable({ progress }: { progress: ClassProgress }) {
  const { members, class: klass } = progress;
  return (
    <div className="max-w-full overflow-x-auto rounded-lg border border-stone-200 bg-white" role="region" aria-label="Class progress" tabIndex={0}>
      <table className="min-w-full text-sm">
        <thead className="bg-stone-50 text-left">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-stone-50 px-3 py-2 font-medium">
              Member
            </th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              Activity
            </th>
            {klass.assignments.map((a) => (
              <th key={a.id} scope="col" className="border-l border-stone-100 px-3 py-2 font-medium">
                <span className="font-han block max-w-48 truncate">{a.lessonTitle}</span>
                <span className="block text-xs font-normal text-stone-500">
                  due <LocalTime iso={a.dueAt.toISOString()} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {members.map((m) => (
            <tr key={m.userId} data-testid="progress-row">
              <th scope="row" className="sticky left-0 z-10 max-w-40 bg-white px-3 py-2 text-left align-top font-normal">
                <span className="block truncate font-medium">{m.name}</span>
                <span className="block truncate text-xs text-stone-500">{m.email}</span>
              </th>
              <td className="px-3 py-2 align-top text-xs text-stone-600">
                <span className="block whitespace-nowrap">{m.reviews7d} reviews in 7 d</span>
                <span className="block whitespace-nowrap">
                  last: {m.lastReview ? <LocalTime iso={m.lastReview.toISOString()} /> : "never"}
                </span>
              </td>
              {klass.assignments.map((a) => (
                <Cell key={a.id} cell={m.cells[a.id]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
