import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";

/** A real next-auth session cookie for a user, as the browser would send it. */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { uid: userId, sub: userId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export async function request(
  url: string,
  opts: { method?: string; userId?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<NextRequest> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.userId) headers.cookie = await sessionCookie(opts.userId);
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  return new NextRequest(new URL(url, "http://localhost:3000"), { method: opts.method ?? "GET", headers, body });
}

export function params<T extends Record<string, string>>(p: T) {
  return { params: Promise.resolve(p) };
}
