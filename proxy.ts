import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders } from "@/lib/server/http/security-headers";
import { crossOriginReason } from "@/lib/server/http/same-origin";
import { isHttpsRequest } from "@/lib/server/http/client-ip";

// Runs before every page, next-auth route and server action (Next 16's proxy, formerly middleware).
// 1. A server action posted from another origin is refused with 403 here (Next would throw a 500).
//    Route handlers do their own check in lib/server/auth/guard.ts, where the tests reach it.
// 2. Every answer gets the security headers, with a fresh CSP nonce that Next puts on its scripts
//    (it reads the nonce from the request's Content-Security-Policy header).
// It does not run for /api, except /api/auth (next-auth's own pages and redirects): the route
// wrapper (lib/server/auth/guard.ts) checks the origin and sets the API answers' headers, and every
// API request skips the proxy's cost (a proxy invocation and a copy of every request header).
export function proxy(request: NextRequest): NextResponse {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const reason = crossOriginReason(request.headers, request.url);
    if (reason) return NextResponse.json({ error: { code: "FORBIDDEN", message: reason } }, { status: 403 });
  }
  const headers = securityHeaders({
    nonce: newNonce(),
    https: isHttpsRequest(request.headers, request.url),
    dev: process.env.NODE_ENV === "development",
  });
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files need no nonce; prefetches reuse the page's.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt|sw.js|manifest.webmanifest|api/(?!auth/)).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
