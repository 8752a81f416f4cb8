import "server-only";
import { getToken } from "next-auth/jwt";
import { sql } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { isUuid } from "@/lib/server/notes/is-uuid";

export type Role = "LEARNER" | "TEACHER" | "ADMIN";
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The UserSession row behind the cookie (sign-out and "sign out everywhere" revoke it). */
  sessionId: string;
}

type CookieSource = { cookies: unknown; headers: unknown };
export interface DecodedSession {
  uid: string;
  sid: string;
}

/**
 * A request's session as its cookie names it, for a route whose data function checks the session
 * row in its own first statement (guard.ts `sessionInQueryRoute`): one round trip less per request.
 */
export interface SessionClaim {
  userId: string;
  sessionId: string;
  /** Set by the data function once its statement found the session live, before it read or wrote anything else. */
  checked: boolean;
}

const SECURE_COOKIE = "__Secure-next-auth.session-token";
const SESSION_COOKIES = [SECURE_COOKIE, "next-auth.session-token"];
/** How long a decoded cookie stays cached. Only the decoding is cached, never the answer "signed in". */
export const SESSION_CACHE_MS = 60_000;
const CACHE_MAX = 5_000;
const cache = new Map<string, { decoded: DecodedSession | null; until: number }>();

function rawSessionCookie(source: CookieSource): { name: string; value: string } | null {
  const jar = source.cookies as { get?: (name: string) => { value?: string } | undefined } | undefined;
  if (typeof jar?.get !== "function") return null;
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) return { name, value };
  }
  return null;
}

async function decodeCookie(source: CookieSource, secureCookie: boolean): Promise<DecodedSession | null> {
  const token = await getToken({ req: source as never, secret: getEnv().NEXTAUTH_SECRET, secureCookie });
  const uid = token?.uid;
  const sid = token?.sid;
  return isUuid(uid) && isUuid(sid) ? { uid, sid } : null;
}

/** The user behind an unrevoked session: one primary-key read per request, so a revocation takes effect at once. */
async function liveSessionUser(decoded: DecodedSession | null): Promise<SessionUser | null> {
  if (!decoded) return null;
  // Every request runs this: straight through pg, as a prepared statement.
  const rows = await sql<Omit<SessionUser, "sessionId">>(
    "session_user",
    `SELECT u.id::text AS id, u.email, u.name, u.role::text AS role
     FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = $1::uuid AND s."userId" = $2::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > now()`,
    [decoded.sid, decoded.uid],
  );
  return rows[0] ? { ...rows[0], sessionId: decoded.sid } : null;
}

/**
 * The signed-in user for a request (route handlers pass the request; server actions and pages
 * pass next/headers' cookies). The JWT is only trusted for the user and session ids; the session
 * row and the user are re-read on every request, so a sign-out elsewhere, a password change, a
 * deleted account or a changed role take effect at once. Decoding the JWT (key derivation +
 * decryption) costs more than that read, so decoded cookies are cached for SESSION_CACHE_MS.
 */
export async function resolveSessionUser(source: CookieSource, now = Date.now()): Promise<SessionUser | null> {
  return liveSessionUser(await decodeSessionCookie(source, now));
}

/**
 * The user and session ids a request's cookie names, decoded (cached), not yet checked against the
 * session row: whoever uses this must check that row before reading or writing anything (the
 * answers route does it in its first statement, guard.ts `sessionInQueryRoute`).
 */
export async function decodeSessionCookie(source: CookieSource, now = Date.now()): Promise<DecodedSession | null> {
  const raw = rawSessionCookie(source);
  if (!raw) return decodeCookie(source, false); // none, or a chunked one: next-auth's reader handles it
  let hit = cache.get(raw.value);
  if (!hit || hit.until <= now) {
    hit = { decoded: await decodeCookie(source, raw.name === SECURE_COOKIE), until: now + SESSION_CACHE_MS };
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(raw.value, hit);
  }
  return hit.decoded;
}

/** Whether a decoded session is still live (not revoked, not expired, its user still there). */
export async function isLiveSession(decoded: DecodedSession): Promise<boolean> {
  return (await liveSessionUser(decoded)) !== null;
}

/** For server components and server actions. */
export async function currentUser(): Promise<SessionUser | null> {
  const { cookies, headers } = await import("next/headers");
  let source: CookieSource;
  try {
    source = { cookies: await cookies(), headers: await headers() };
  } catch {
    // Called outside a request (a script, a test): there is no session, so nobody is signed in.
    return null;
  }
  return resolveSessionUser(source);
}
