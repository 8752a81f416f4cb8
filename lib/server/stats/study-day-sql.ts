import "server-only";
import { Prisma } from "@/lib/server/db";
import { studyDayStart } from "@/lib/srs/day-boundary";
import type { DaySettings } from "@/lib/server/stats/get-day-settings";

const DAY_MS = 86_400_000;

/**
 * SQL for the study-day key ("YYYY-MM-DD") of a timestamptz column: local time in the user's
 * zone, shifted back by the day-start hour, so 03:00 with a 04:00 start counts for the day before.
 */
export function studyDayKeySql(column: Prisma.Sql, day: DaySettings): Prisma.Sql {
  return Prisma.sql`to_char(((${column} AT TIME ZONE ${day.timeZone}) - make_interval(hours => ${day.dayStartHour}::int))::date, 'YYYY-MM-DD')`;
}

/** The instant the study day `daysAgo` days before today's began (0 = today). */
export function studyDayStartDaysAgo(now: Date, day: DaySettings, daysAgo: number): Date {
  const today = studyDayStart(now, day.timeZone, day.dayStartHour);
  if (daysAgo === 0) return today;
  // Noon of the earlier day is safely inside it whatever DST does in between.
  return studyDayStart(new Date(today.getTime() - daysAgo * DAY_MS + DAY_MS / 2), day.timeZone, day.dayStartHour);
}
