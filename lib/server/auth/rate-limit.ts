import "server-only";
import { db } from "@/lib/server/db";

// Failed sign-ins are counted per account and per IP in PostgreSQL (so limits survive restarts
// and hold across server processes). Past the limit, the key is blocked for the rest of the window.
export const SIGNIN_LIMITS = {
  account: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 30, windowSeconds: 15 * 60 },
} as const;

export type LimitKind = keyof typeof SIGNIN_LIMITS;

export function signInKeys(email: string, ip: string): Record<LimitKind, string> {
  return { account: `signin:email:${email.trim().toLowerCase()}`, ip: `signin:ip:${ip}` };
}

/** Seconds until the caller may try again, or 0 when not blocked. */
export async function secondsUntilAllowed(keys: string[], now: Date): Promise<number> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Records one failure for each key atomically; returns the seconds of any block it caused. */
export async function recordFailure(keys: Record<LimitKind, string>, now: Date): Promise<number> {
  let blockedFor = 0;
  for (const kind of Object.keys(keys) as LimitKind[]) {
    const { max, windowSeconds } = SIGNIN_LIMITS[kind];
    // One statement, so concurrent failures cannot lose a count: a window that has expired starts over.
    const rows = await db.$queryRaw<{ count: number; blockedUntil: Date | null }[]>`
      INSERT INTO "RateLimit" ("key", "count", "windowStart", "blockedUntil")
      VALUES (${keys[kind]}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                       THEN 1 ELSE "RateLimit"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                       THEN ${now} ELSE "RateLimit"."windowStart" END
      RETURNING "count", "blockedUntil"`;
    const count = Number(rows[0].count);
    if (count >= max) {
      const until = new Date(now.getTime() + windowSeconds * 1000);
      await db.rateLimit.update({ where: { key: keys[kind] }, data: { blockedUntil: until } });
      blockedFor = Math.max(blockedFor, windowSeconds);
    }
  }
  return blockedFor;
}

/** A successful sign-in clears the account's failures (not the IP's). */
export async function clearAccountFailures(keys: Record<LimitKind, string>): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keys.account } });
}
