import "server-only";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/notes/is-uuid";

// Sessions are JWTs (no database read to decode them), but each carries the id of a UserSession
// row, and a request is only signed in while that row is unrevoked: sign-out, a password change and
// an administrator end sessions server-side, at once, in every server process.

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function createUserSession(userId: string, now = new Date()): Promise<string> {
  const row = await db.userSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    select: { id: true },
  });
  return row.id;
}

/** Pushes the row's expiry along with the rolling cookie; false when the session was revoked (or never existed). */
export async function extendUserSession(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  if (!isUuid(sessionId) || !isUuid(userId)) return false;
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
  });
  return count === 1;
}

export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the user (but `except`, the one making the request, when given); returns how many. */
export async function revokeUserSessions(userId: string, opts: { except?: string; now?: Date } = {}): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(opts.except ? { id: { not: opts.except } } : {}) },
    data: { revokedAt: opts.now ?? new Date() },
  });
  return count;
}
