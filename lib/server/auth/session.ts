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

/**
 * The signed-in user for a request (route handlers pass the request; server actions and pages
 * pass next/headers' cookies). The JWT is only trusted for the user id: the user is re-read from
 * the database so a deleted account or a changed role takes effect at once.
 */
export async function resolveSessionUser(source: CookieSource): Promise<SessionUser | null> {
  const token = await getToken({ req: source as never, secret: getEnv().NEXTAUTH_SECRET });
  const id = typeof token?.uid === "string" ? token.uid : null;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
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
