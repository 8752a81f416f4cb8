import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { ReviewHeatmap } from "@/components/stats/review-heatmap";
import { ForecastChart } from "@/components/stats/forecast-chart";
import { CardCountsChart } from "@/components/stats/card-counts-chart";
import { RetentionTable, TimeSpentTable } from "@/components/stats/period-table";
import { requireUser } from "@/lib/server/auth/guard";
import { getDaySettings } from "@/lib/server/stats/get-day-settings";
import { getReviewHeatmap } from "@/lib/server/stats/get-review-heatmap";
import { getDueForecast } from "@/lib/server/stats/get-due-forecast";
import { getTrueRetention } from "@/lib/server/stats/get-true-retention";
import { getTimeSpent } from "@/lib/server/stats/get-time-spent";
import { getCardCounts } from "@/lib/server/stats/get-card-counts";

export const metadata: Metadata = { title: "Stats" };

function Section({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <section className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">{title}</h2>
      {hint ? <p className="mb-3 text-xs text-stone-500">{hint}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}

export default async function StatsPage() {
  const user = await requireUser("/stats");
  const now = new Date();
  const day = await getDaySettings({ userId: user.id });
  const [heatmap, forecast, retention, time, counts] = await Promise.all([
    getReviewHeatmap({ userId: user.id, day, now }),
    getDueForecast({ userId: user.id, day, now }),
    getTrueRetention({ userId: user.id, day, now }),
    getTimeSpent({ userId: user.id, day, now }),
    getCardCounts({ userId: user.id }),
  ]);
  const link = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100";
  return (
    <div>
      <PageHeader title="Stats" subtitle={`Days start at ${day.dayStartHour}:00 (${day.timeZone}).`}>
        <Link href="/notes" className={link}>
          My notes
        </Link>
        <a href="/api/reviews/export" className={link} download>
          Export reviews (CSV)
        </a>
      </PageHeader>
      {counts.total === 0 ? (
        <p className="mb-4 rounded-lg border border-dashed border-stone-300 p-4 text-stone-600">
          No cards yet. Save words from a lesson and review them; your statistics will appear here.
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <Section title="Reviews" hint="Each square is one study day.">
            <ReviewHeatmap days={heatmap} />
          </Section>
        </div>
        <Section title="Due in the next 30 days" hint="Cards already studied; overdue ones count for today.">
          {forecast.some((d) => d.count > 0) ? <ForecastChart days={forecast} /> : <p className="text-sm text-stone-600">Nothing due in the next 30 days.</p>}
        </Section>
        <Section title="Cards" hint={`${counts.total} in total.`}>
          <CardCountsChart counts={counts} />
        </Section>
        <Section title="True retention" hint="Answers to cards in review that were not “Again”.">
          <RetentionTable periods={retention} />
        </Section>
        <Section title="Time spent">
          <TimeSpentTable periods={time} />
        </Section>
      </div>
    </div>
  );
}
