import "server-only";
import { db } from "@/lib/server/db";
import type { DaySettings } from "@/lib/server/stats/get-day-settings";
import { studyDayStartDaysAgo } from "@/lib/server/stats/study-day-sql";

export const STAT_PERIODS = [
  { key: "today", label: "Today", daysAgo: 0 },
  { key: "week", label: "7 days", daysAgo: 6 },
  { key: "month", label: "30 days", daysAgo: 29 },
  { key: "year", label: "1 year", daysAgo: 364 },
] as const;

export interface RetentionPeriod {
  key: string;
  label: string;
  /** Answers to cards in review state (state before the answer = 2). */
  reviews: number;
  passed: number;
  /** passed / reviews, or null when there were none. */
  retention: number | null;
}

/** Anki's "true retention": the share of answers to mature-path (review-state) cards that were not Again. */
export async function getTrueRetention(opts: { userId: string; day: DaySettings; now: Date }): Promise<RetentionPeriod[]> {
  const [today, week, month, year] = STAT_PERIODS.map((p) => studyDayStartDaysAgo(opts.now, opts.day, p.daysAgo));
  const [row] = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT
      count(*) FILTER (WHERE "review" >= ${today}) AS today_n, count(*) FILTER (WHERE "review" >= ${today} AND "rating" > 1) AS today_ok,
      count(*) FILTER (WHERE "review" >= ${week}) AS week_n, count(*) FILTER (WHERE "review" >= ${week} AND "rating" > 1) AS week_ok,
      count(*) FILTER (WHERE "review" >= ${month}) AS month_n, count(*) FILTER (WHERE "review" >= ${month} AND "rating" > 1) AS month_ok,
      count(*) AS year_n, count(*) FILTER (WHERE "rating" > 1) AS year_ok
    FROM "ReviewLog"
    WHERE "userId" = ${opts.userId}::uuid AND "state" = 2 AND "review" >= ${year} AND "review" <= ${opts.now}`;
  return STAT_PERIODS.map((p) => {
    const reviews = Number(row?.[`${p.key}_n`] ?? 0);
    const passed = Number(row?.[`${p.key}_ok`] ?? 0);
    return { key: p.key, label: p.label, reviews, passed, retention: reviews ? passed / reviews : null };
  });
}
