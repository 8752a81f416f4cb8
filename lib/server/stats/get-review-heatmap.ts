import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { studyDayKey } from "@/lib/srs/day-boundary";
import type { DaySettings } from "@/lib/server/stats/get-day-settings";
import { studyDayKeySql, studyDayStartDaysAgo } from "@/lib/server/stats/study-day-sql";

export interface HeatmapDay {
  day: string;
  count: number;
}

/** Reviews per study day over the past year (365 days ending today), oldest first, zeros included. */
export async function getReviewHeatmap(opts: { userId: string; day: DaySettings; now: Date; days?: number }): Promise<HeatmapDay[]> {
  const days = opts.days ?? 365;
  const since = studyDayStartDaysAgo(opts.now, opts.day, days - 1);
  const key = studyDayKeySql(Prisma.sql`"review"`, opts.day);
  const rows = await db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT ${key} AS day, count(*) AS count FROM "ReviewLog"
    WHERE "userId" = ${opts.userId}::uuid AND "review" >= ${since} AND "review" <= ${opts.now}
    GROUP BY 1`;
  const counts = new Map(rows.map((r) => [r.day, Number(r.count)]));
  const out: HeatmapDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = studyDayKey(studyDayStartDaysAgo(opts.now, opts.day, i), opts.day.timeZone, opts.day.dayStartHour);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}
