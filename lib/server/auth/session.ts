import "server-only";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/server/db";
import { getEnv } from "@/lib/env";

export type Role = "LEARNER" | "TEACHER" | "ADMIN";
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

type CookieSource = { cookies: unknown; headers: unknown };

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
/** How long a decoded session stays cached: a deleted account or a changed role takes effect within this. */
export const SESSION_CACHE_MS = 5_000;
const CACHE_MAX = 5_000;
const cache = new Map<string, { user: SessionUser | null; until: number }>();

function rawSessionCookie(source: CookieSource): string | null {
  const jar = source.cookies as { get?: (name: string) => { value?: string } | undefined } | undefined;
  if (typeof jar?.get !== "function") return null;
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

async function decodeSessionUser(source: CookieSource): Promise<SessionUser | null> {
  const token = await getToken({ req: source as never, secret: getEnv().NEXTAUTH_SECRET });
  const id = typeof token?.uid === "string" ? token.uid : null;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

/**
 * The signed-in user for a request (route handlers pass the request; server actions and pages
 * pass next/headers' cookies). The JWT is only trusted for the user id: the user is re-read from
 * the database, so a deleted account or a changed role takes effect. Decoding the JWT (key
 * derivation + decryption) and that read cost more than a review answer itself, so the result is
 * cached per cookie value for SESSION_CACHE_MS.
 */
export async function resolveSessionUser(source: CookieSource, now = Date.now()): Promise<SessionUser | null> {
  const raw = rawSessionCookie(source);
  if (!raw) return decodeSessionUser(source); // no cookie, or a chunked one: next-auth's own reader handles it
  const hit = cache.get(raw);
  if (hit && hit.until > now) return hit.user;
  const user = await decodeSessionUser(source);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(raw, { user, until: now + SESSION_CACHE_MS });
  return user;
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
