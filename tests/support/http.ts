import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { createUserSession } from "@/lib/server/auth/user-sessions";

export const APP_ORIGIN = "http://localhost:3000";

/** A real next-auth session cookie for a user (with its live UserSession row), as the browser would send it. */
export async function sessionCookie(userId: string, sessionId?: string): Promise<string> {
  const sid = sessionId ?? (await createUserSession(userId));
  const token = await encode({ token: { uid: userId, sid, sub: userId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** Headers a browser adds to the app's own mutating requests (the CSRF check in guard.ts wants them). */
export function sameOriginHeaders(method = "POST"): Record<string, string> {
  return ["GET", "HEAD"].includes(method.toUpperCase()) ? {} : { origin: APP_ORIGIN, "sec-fetch-site": "same-origin" };
}

export async function request(
  url: string,
  opts: { method?: string; userId?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<NextRequest> {
  const headers: Record<string, string> = { ...sameOriginHeaders(opts.method ?? "GET"), ...(opts.headers ?? {}) };
  if (opts.userId) headers.cookie = await sessionCookie(opts.userId);
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  return new NextRequest(new URL(url, APP_ORIGIN), { method: opts.method ?? "GET", headers, body });
}

export function params<T extends Record<string, string>>(p: T) {
  return { params: Promise.resolve(p) };
}
