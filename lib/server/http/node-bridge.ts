import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";

// A route handler called straight from Node's HTTP server (scripts/server.ts, for the one route
// whose requests are too many to pay Next's per-request handling: recording answers). The request
// is built as Next builds it for a route handler: the URL from Host (X-Forwarded-* are already
// cleaned by scripts/trusted-proxy.mjs), the body as a stream the handler reads itself.

export function toNextRequest(req: IncomingMessage): NextRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  const host = (req.headers["x-forwarded-host"] as string | undefined) ?? req.headers.host ?? "localhost";
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  // Node's fetch needs `duplex` for a streamed body; RequestInit's typings lack it.
  const init = { method, headers, body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1];
  return new NextRequest(`${proto}://${host}${req.url ?? "/"}`, init);
}

export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) res.setHeader("content-length", body.length);
  res.end(body);
}

export type DirectRoute = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Node's request listener: "METHOD /path" found in `routes` (the exact path, no query string) is
 * answered by that route handler; every other request goes to `fallback` (Next's handler).
 * `onError` answers a handler that throws (the API wrappers answer their own errors; a last resort).
 */
export function directRoutes(routes: Record<string, DirectRoute>, fallback: (req: IncomingMessage, res: ServerResponse) => unknown, onError: (e: unknown) => Response) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const route = routes[`${req.method} ${req.url}`];
    if (!route) return void fallback(req, res);
    route(toNextRequest(req), { params: Promise.resolve({}) })
      .catch(onError)
      .then((response) => {
        // A body the handler refused unread (too large): this connection cannot carry another request.
        if (!req.complete) res.setHeader("connection", "close");
        return sendResponse(res, response);
      })
      .catch(() => res.destroy());
  };
}
