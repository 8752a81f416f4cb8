import type { HeatmapDay } from "@/lib/server/stats/get-review-heatmap";

const LEVELS = ["bg-stone-100", "bg-emerald-200", "bg-emerald-400", "bg-emerald-600", "bg-emerald-800"];

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/** GitHub-style year: one column per week (Monday first), one square per study day. */
export function ReviewHeatmap({ days }: { days: HeatmapDay[] }) {
  const total = days.reduce((n, d) => n + d.count, 0);
  const max = Math.max(1, ...days.map((d) => d.count));
  // Pad the first week so rows line up with weekdays.
  const firstWeekday = (new Date(`${days[0]?.day}T12:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (HeatmapDay | null)[] = [...new Array<null>(firstWeekday).fill(null), ...days];
  const studied = days.filter((d) => d.count > 0).length;
  return (
    <div>
      <p className="mb-2 text-sm text-stone-600">
        {total} review{total === 1 ? "" : "s"} on {studied} day{studied === 1 ? "" : "s"} in the past year
      </p>
      {/* Right-to-left scrolling box: it opens on this week (the right end); the squares stay left-to-right. */}
      <div className="overflow-x-auto pb-1" dir="rtl" role="img" aria-label={`Reviews per day over the past year: ${total} in total`}>
        <div dir="ltr" className="grid w-max grid-flow-col grid-rows-7 gap-[3px]" data-heatmap>
          {cells.map((d, i) =>
            d ? (
              <div key={d.day} title={`${d.day}: ${d.count} review${d.count === 1 ? "" : "s"}`} data-day={d.day} data-count={d.count} className={`size-[11px] rounded-[2px] ${LEVELS[level(d.count, max)]}`} />
            ) : (
              <div key={`pad-${i}`} className="size-[11px]" />
            ),
          )}
        </div>
      </div>
    </div>
  );
}
