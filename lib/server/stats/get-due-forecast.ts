import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { daysBetweenKeys, nextStudyDayStart, studyDayKey } from "@/lib/srs/day-boundary";
import type { DaySettings } from "@/lib/server/stats/get-day-settings";
import { studyDayKeySql } from "@/lib/server/stats/study-day-sql";

const DAY_MS = 86_400_000;

export interface ForecastDay {
  day: string;
  /** 0 = today (overdue cards included), 1 = tomorrow, … */
  offset: number;
  count: number;
}

/** Cards already studied (not new, not suspended) falling due on each of the next `days` study days. */
export async function getDueForecast(opts: { userId: string; day: DaySettings; now: Date; days?: number }): Promise<ForecastDay[]> {
  const days = opts.days ?? 30;
  const { timeZone, dayStartHour } = opts.day;
  const todayKey = studyDayKey(opts.now, timeZone, dayStartHour);
  // End of the window: the start of study day number `days` (noon steps keep DST out of the way).
  let end = nextStudyDayStart(opts.now, timeZone, dayStartHour);
  for (let i = 1; i < days; i++) end = nextStudyDayStart(new Date(end.getTime() + DAY_MS / 2), timeZone, dayStartHour);
  const key = studyDayKeySql(Prisma.sql`"due"`, opts.day);
  const rows = await db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT ${key} AS day, count(*) AS count FROM "Card"
    WHERE "userId" = ${opts.userId}::uuid AND "state" <> 0 AND NOT "suspended" AND "due" < ${end}
    GROUP BY 1`;
  const counts = new Array<number>(days).fill(0);
  for (const r of rows) counts[Math.max(0, daysBetweenKeys(todayKey, r.day))] += Number(r.count);
  return counts.map((count, offset) => ({
    day: studyDayKey(new Date(Date.parse(`${todayKey}T12:00:00Z`) + offset * DAY_MS), "UTC", 0),
    offset,
    count,
  }));
}
