import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { currentUser, decodeSessionCookie, isLiveSession, resolveSessionUser, type SessionClaim, type SessionUser } from "@/lib/server/auth/session";
import { contentTypeReason, crossOriginReason, MUTATING } from "@/lib/server/http/same-origin";
import { findUnstorable } from "@/lib/text/storable-text";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/server/db/unavailable";
import { hashUserId, log } from "@/lib/server/log";
import { isHttpsRequest } from "@/lib/server/http/client-ip";
import { apiSecurityHeaders } from "@/lib/server/http/security-headers";

// Every route handler and server action goes through one of these wrappers, so none can forget
// its auth check. tests/integration/auth-walk.test.ts finds every handler and action in app/ and
// proves each one is wrapped and refuses anonymous and foreign requests.

export type Access = "user" | "teacher" | "public";
export const ACCESS = Symbol.for("zw.access");
type Marked = { [ACCESS]?: Access };

function allowed(user: SessionUser | null, access: Access): SessionUser {
  if (access === "public") return user as SessionUser;
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (access === "teacher" && user.role !== "TEACHER" && user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only teachers can do this.");
  return user;
}

export function errorResponse(e: unknown): NextResponse {
  if (isAppError(e)) {
    const headers: Record<string, string> = e.retryAfter ? { "Retry-After": String(e.retryAfter) } : {};
    return NextResponse.json({ error: { code: e.code, message: e.message, fields: e.fields } }, { status: e.status, headers });
  }
  if (e instanceof z.ZodError) {
    return NextResponse.json({ error: { code: "INVALID_INPUT", message: describeZodError(e) } }, { status: 400 });
  }
  if (isDatabaseUnavailable(e)) {
    log.warn({ err: String((e as Error)?.message ?? e) }, "database unavailable");
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  log.error({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, "unexpected error in route handler");
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, { status: 500 });
}

export function describeZodError(e: z.ZodError): string {
  return e.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteHandler = (req: NextRequest, ctx: { user: SessionUser; params: Record<string, string> }) => Promise<Response>;

export interface RouteOptions {
  /** Body types a mutating request may have (default JSON only; uploads add multipart/text/csv). */
  accepts?: readonly string[];
}

/** Mutating requests must come from our own pages (CSRF): else 403, before anything else is looked at. */
function assertSameOrigin(req: NextRequest): void {
  if (!MUTATING.has(req.method.toUpperCase())) return;
  const reason = crossOriginReason(req.headers, req.url);
  if (reason) throw new AppError("FORBIDDEN", reason);
}

/** ... with a body type the route reads (a cross-site form can only send text/plain, urlencoded or multipart): else 403. */
function assertContentType(req: NextRequest, accepts: readonly string[]): void {
  if (!MUTATING.has(req.method.toUpperCase())) return;
  const reason = contentTypeReason(req.headers, accepts);
  if (reason) throw new AppError("FORBIDDEN", reason);
}

/** The security headers proxy.ts gives pages (it does not run for /api): nosniff, no framing, a CSP that runs nothing, HSTS over HTTPS. */
function withApiHeaders(res: Response, https: boolean): Response {
  let out = res;
  for (const [name, value] of Object.entries(https ? API_HEADERS_HTTPS : API_HEADERS_HTTP)) {
    try {
      out.headers.set(name, value);
    } catch {
      // An immutable Response (Response.redirect): copy it once, then set.
      out = new Response(out.body, out);
      out.headers.set(name, value);
    }
  }
  return out;
}
const API_HEADERS_HTTP = apiSecurityHeaders(false);
const API_HEADERS_HTTPS = apiSecurityHeaders(true);

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What every API route shares: the origin check, the headers, one log line; `run` checks the session and calls the handler. */
function wrapRoute(access: Access, run: (req: NextRequest, params: () => Promise<Record<string, string>>, who: { userId: string | null }) => Promise<Response>) {
  const wrapped = async (req: NextRequest, ctx?: RouteContext): Promise<Response> => {
    const started = performance.now();
    const who = { userId: null as string | null };
    let res: Response;
    try {
      assertSameOrigin(req);
      res = await run(req, async () => (ctx ? await ctx.params : {}) as Record<string, string>, who);
    } catch (e) {
      res = errorResponse(e);
    }
    res = withApiHeaders(res, isHttpsRequest(req.headers, req.url));
    // One structured line per API request: route (ids masked), status, duration, hashed user id.
    log.info(
      {
        method: req.method,
        route: req.nextUrl.pathname.replace(UUIDS, ":id"),
        status: res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        user: who.userId ? hashUserId(who.userId) : null,
      },
      "request",
    );
    return res;
  };
  (wrapped as Marked)[ACCESS] = access;
  return wrapped;
}

function route(access: Access, handler: RouteHandler, opts: RouteOptions = {}) {
  const accepts = opts.accepts ?? ["application/json"];
  return wrapRoute(access, async (req, params, who) => {
    const user = allowed(access === "public" ? null : await resolveSessionUser(req), access);
    who.userId = user?.id ?? null;
    assertContentType(req, accepts);
    return handler(req, { user, params: await params() });
  });
}

type ClaimHandler = (req: NextRequest, ctx: { session: SessionClaim; params: Record<string, string> }) => Promise<Response>;

/**
 * For a signed-in user's route on the hot path (recording answers): the cookie is decoded here, and
 * the session row is checked by the handler's data function in its first statement, with the
 * data it reads anyway (one round trip less per request). That function must check it before it
 * reads or writes anything else, and set `session.checked`; if nothing did (an error, or input
 * refused before any statement), the session is checked here before the answer goes out, and a
 * dead session gets 401 whatever the handler answered.
 */
export function sessionInQueryRoute(handler: ClaimHandler, opts: RouteOptions = {}) {
  const accepts = opts.accepts ?? ["application/json"];
  return wrapRoute("user", async (req, params, who) => {
    const decoded = await decodeSessionCookie(req);
    if (!decoded) throw new AppError("UNAUTHENTICATED", "Please sign in.");
    const session: SessionClaim = { userId: decoded.uid, sessionId: decoded.sid, checked: false };
    let res: Response;
    try {
      assertContentType(req, accepts);
      res = await handler(req, { session, params: await params() });
    } catch (e) {
      res = errorResponse(e);
    }
    if (!session.checked && !(await isLiveSession(decoded))) throw new AppError("UNAUTHENTICATED", "Please sign in.");
    who.userId = session.userId;
    return res;
  });
}

export const authedRoute = (handler: RouteHandler, opts?: RouteOptions) => route("user", handler, opts);
export const teacherRoute = (handler: RouteHandler, opts?: RouteOptions) => route("teacher", handler, opts);

/** Refuses NUL, lone surrogates and noncharacters anywhere in a value (PostgreSQL cannot store the first two). */
export function assertStorable(value: unknown, what = "The input"): void {
  const found = findUnstorable(value);
  if (!found) return;
  const fields = found.path && !found.path.includes(".") ? { [found.path]: `This ${found.reason}.` } : undefined;
  throw new AppError("INVALID_INPUT", `${found.path || what} ${found.reason}.`, { fields });
}
/** Only for routes anyone may call (health checks); the auth-walk test keeps an explicit list of them. */
export const publicRoute = (handler: (req: NextRequest) => Promise<Response>) => route("public", (req) => handler(req));

/** Reads and validates a JSON body: malformed JSON, a wrong shape or an oversized body → 4xx. */
export async function readJson<T>(req: Request, schema: z.ZodType<T>, maxBytes = 1_000_000): Promise<T> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  assertStorable(body, "The request body");
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", describeZodError(parsed.error));
  return parsed.data;
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; error: string; fields?: Record<string, string> };

export function actionError(e: unknown): ActionResult<never> {
  if (isAppError(e)) return { ok: false, code: e.code, error: e.message, fields: e.fields };
  if (e instanceof z.ZodError) return { ok: false, code: "INVALID_INPUT", error: describeZodError(e) };
  if (isDatabaseUnavailable(e)) return { ok: false, code: "UNAVAILABLE", error: UNAVAILABLE_MESSAGE };
  log.error({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, "unexpected error in server action");
  return { ok: false, code: "INTERNAL", error: "Something went wrong on our side. Please try again." };
}

function action<A extends unknown[], T>(access: Access, fn: (user: SessionUser, ...args: A) => Promise<T>) {
  const wrapped = async (...args: A): Promise<ActionResult<T>> => {
    try {
      for (const arg of args) assertStorable(arg instanceof FormData ? Object.fromEntries([...arg.entries()].filter(([, v]) => typeof v === "string")) : arg, "A field");
      const user = allowed(access === "public" ? null : await currentUser(), access);
      return { ok: true, data: await fn(user, ...args) };
    } catch (e) {
      // redirect() and notFound() work by throwing; let Next handle them.
      if (e && typeof e === "object" && "digest" in e && typeof (e as { digest: unknown }).digest === "string") throw e;
      return actionError(e);
    }
  };
  (wrapped as Marked)[ACCESS] = access;
  return wrapped;
}

export const authedAction = <A extends unknown[], T>(fn: (user: SessionUser, ...args: A) => Promise<T>) => action("user", fn);
/** Only for actions anyone may call (sign-up); the auth-walk test keeps an explicit list of them. */
export const publicAction = <A extends unknown[], T>(fn: (...args: A) => Promise<T>) => action("public", (_user, ...args: A) => fn(...args));
export const teacherAction = <A extends unknown[], T>(fn: (user: SessionUser, ...args: A) => Promise<T>) => action("teacher", fn);

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const { redirect } = await import("next/navigation");
    return redirect(next ? `/signin?callbackUrl=${encodeURIComponent(next)}` : "/signin");
  }
  return user;
}
