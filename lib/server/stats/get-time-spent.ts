import "server-only";
import { db } from "@/lib/server/db";
import type { DaySettings } from "@/lib/server/stats/get-day-settings";
import { studyDayStartDaysAgo } from "@/lib/server/stats/study-day-sql";

export interface TimeSpent {
  key: "today" | "week" | "month";
  label: string;
  reviews: number;
  ms: number;
}

/** Review time (sum of durationMs) and answer counts for today, the last 7 and the last 30 study days. */
export async function getTimeSpent(opts: { userId: string; day: DaySettings; now: Date }): Promise<TimeSpent[]> {
  const periods = [
    { key: "today", label: "Today", since: studyDayStartDaysAgo(opts.now, opts.day, 0) },
    { key: "week", label: "7 days", since: studyDayStartDaysAgo(opts.now, opts.day, 6) },
    { key: "month", label: "30 days", since: studyDayStartDaysAgo(opts.now, opts.day, 29) },
  ] as const;
  const [today, week, month] = periods.map((p) => p.since);
  const [row] = await db.$queryRaw<Record<string, bigint | null>[]>`
    SELECT
      count(*) FILTER (WHERE "review" >= ${today}) AS today_n, sum("durationMs") FILTER (WHERE "review" >= ${today}) AS today_ms,
      count(*) FILTER (WHERE "review" >= ${week}) AS week_n, sum("durationMs") FILTER (WHERE "review" >= ${week}) AS week_ms,
      count(*) AS month_n, sum("durationMs") AS month_ms
    FROM "ReviewLog"
    WHERE "userId" = ${opts.userId}::uuid AND "review" >= ${month} AND "review" <= ${opts.now}`;
  return periods.map((p) => ({ key: p.key, label: p.label, reviews: Number(row?.[`${p.key}_n`] ?? 0), ms: Number(row?.[`${p.key}_ms`] ?? 0) }));
}
