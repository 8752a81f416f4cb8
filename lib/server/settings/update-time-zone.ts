import "server-only";
import { db } from "@/lib/server/db";

/** Moves the learner's study days to another zone (travel); the zone was validated at the boundary. */
export async function updateTimeZone(opts: { userId: string; timeZone: string }): Promise<{ timeZone: string }> {
  const s = await db.schedulingSettings.upsert({
    where: { userId: opts.userId },
    create: { userId: opts.userId, timeZone: opts.timeZone },
    update: { timeZone: opts.timeZone },
    select: { timeZone: true },
  });
  return { timeZone: s.timeZone };
}
