import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";

// Attempts at anything guessable (a password, a join code, an invite code) and sign-ups are
// counted per key in PostgreSQL (so limits survive restarts and hold across server processes).
// Past the limit, the key is blocked for the rest of the window. Keys: "<what>:<kind>:<value>".
export interface Limit {
  max: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
export const LIMITS = {
  signinAccount: { max: 5, windowSeconds: FIFTEEN_MINUTES },
  signinIp: { max: 30, windowSeconds: FIFTEEN_MINUTES },
  /** Wrong current passwords on a password change, per account. */
  passwordAccount: { max: 5, windowSeconds: FIFTEEN_MINUTES },
  /** Wrong join codes, per account and per IP. */
  joinCodeAccount: { max: 10, windowSeconds: FIFTEEN_MINUTES },
  joinCodeIp: { max: 30, windowSeconds: FIFTEEN_MINUTES },
  /** Wrong teacher invite codes, per account and per IP. */
  inviteAccount: { max: 5, windowSeconds: FIFTEEN_MINUTES },
  inviteIp: { max: 20, windowSeconds: FIFTEEN_MINUTES },
  /** Every sign-up attempt, per IP (a classroom behind one address still fits). */
  signupIp: { max: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;

/** Kept for the sign-in code and its tests: the account and IP limits. */
export const SIGNIN_LIMITS = { account: LIMITS.signinAccount, ip: LIMITS.signinIp } as const;

export interface LimitKey {
  key: string;
  limit: Limit;
}

export function signInKeys(email: string, ip: string): { account: LimitKey; ip: LimitKey } {
  return {
    account: { key: `signin:email:${email.trim().toLowerCase()}`, limit: LIMITS.signinAccount },
    ip: { key: `signin:ip:${ip}`, limit: LIMITS.signinIp },
  };
}

/** Seconds until the caller may try again, or 0 when not blocked. */
export async function secondsUntilAllowed(keys: (LimitKey | string)[], now: Date): Promise<number> {
  const names = keys.map((k) => (typeof k === "string" ? k : k.key));
  const rows = await db.rateLimit.findMany({ where: { key: { in: names }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Records one attempt for each key atomically; returns the seconds of any block it caused. */
export async function recordAttempt(keys: LimitKey[] | Record<string, LimitKey>, now: Date): Promise<number> {
  let blockedFor = 0;
  for (const { key, limit } of Array.isArray(keys) ? keys : Object.values(keys)) {
    const { max, windowSeconds } = limit;
    // One statement, so concurrent attempts cannot lose a count: a window that has expired starts over.
    const rows = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimit" ("key", "count", "windowStart", "blockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                       THEN 1 ELSE "RateLimit"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                       THEN ${now} ELSE "RateLimit"."windowStart" END
      RETURNING "count"`;
    if (Number(rows[0].count) >= max) {
      await db.rateLimit.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + windowSeconds * 1000) } });
      blockedFor = Math.max(blockedFor, windowSeconds);
    }
  }
  return blockedFor;
}

/** Failed sign-ins: same counting as every other limit. */
export const recordFailure = recordAttempt;

/** A success clears the account's failures (never the IP's). */
export async function clearKeys(keys: (LimitKey | string)[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys.map((k) => (typeof k === "string" ? k : k.key)) } } });
}

export async function clearAccountFailures(keys: { account: LimitKey }): Promise<void> {
  await clearKeys([keys.account]);
}

export function rateLimited(what: string, seconds: number): AppError {
  return new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${seconds} seconds.`, { retryAfter: seconds });
}

/** Throws RATE_LIMITED while any of the keys is blocked. */
export async function assertAllowed(keys: LimitKey[], what: string, now: Date): Promise<void> {
  const wait = await secondsUntilAllowed(keys, now);
  if (wait > 0) throw rateLimited(what, wait);
}

/**
 * Runs a check of a guessable secret: refused while blocked; a failed check (the callback throws
 * an AppError INVALID_INPUT/NOT_FOUND) counts against every key, and the attempt that reaches the
 * limit is answered RATE_LIMITED. A success clears `clearOnSuccess`.
 */
export async function limitedAttempt<T>(
  opts: { keys: LimitKey[]; what: string; now?: Date; clearOnSuccess?: LimitKey[] },
  check: () => Promise<T>,
): Promise<T> {
  const now = opts.now ?? new Date();
  await assertAllowed(opts.keys, opts.what, now);
  try {
    const result = await check();
    if (opts.clearOnSuccess?.length) await clearKeys(opts.clearOnSuccess);
    return result;
  } catch (e) {
    if (e instanceof AppError && (e.code === "INVALID_INPUT" || e.code === "NOT_FOUND")) {
      const blocked = await recordAttempt(opts.keys, now);
      if (blocked > 0) throw rateLimited(opts.what, blocked);
    }
    throw e;
  }
}
