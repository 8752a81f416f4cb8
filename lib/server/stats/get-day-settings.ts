import "server-only";
import { db } from "@/lib/server/db";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";

export interface DaySettings {
  timeZone: string;
  dayStartHour: number;
}

/** The user's zone and day-start hour, which decide what "a day" is in every statistic. */
export async function getDaySettings(opts: { userId: string }): Promise<DaySettings> {
  const s = await db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { timeZone: true, dayStartHour: true } });
  return s ?? { timeZone: DEFAULT_SETTINGS.timeZone, dayStartHour: DEFAULT_SETTINGS.dayStartHour };
}
