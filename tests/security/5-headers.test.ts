// Issue 11 point 5: CSP with a per-response nonce (no unsafe-inline scripts), HSTS over HTTPS,
// Permissions-Policy; the session cookie is Secure whenever the request is HTTPS; npm start warns
// without NEXTAUTH_URL.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { makeUser } from "../support/db";
import { proxy, config as proxyConfig } from "@/proxy";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import * as queueRoute from "@/app/api/review/queue/route";
import * as answersRoute from "@/app/api/review/answers/route";
import { APP_ORIGIN, request, sessionCookie } from "../support/http";
import { buildAuthOptions } from "@/lib/server/auth/options";
import { resolveSessionUser } from "@/lib/server/auth/session";
import { isHttpsRequest } from "@/lib/server/http/client-ip";
import { createUserSession } from "@/lib/server/auth/user-sessions";
import { parseTrustedProxies, sanitizeForwardedHeaders } from "@/scripts/trusted-proxy.mjs";
import { startWarning } from "@/scripts/run-next";

function page(headers: Record<string, string> = {}) {
  return proxy(new NextRequest("http://localhost:3000/lessons", { headers }));
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
}

describe("security headers (proxy.ts)", () => {
  it("sets a CSP whose scripts need this response's nonce, and hands the nonce to Next", () => {
    const res = page();
    const csp = res.headers.get("content-security-policy")!;
    const d = directives(csp);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(d.get("script-src")!)![1];
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(d.get("script-src")).not.toContain("unsafe-inline");
    expect(d.get("script-src")).not.toContain("unsafe-eval");
    expect(d.get("default-src")).toBe("'self'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("worker-src")).toBe("'self'"); // the offline service worker
    expect(d.get("manifest-src")).toBe("'self'");
    // Next reads the nonce from the request's CSP header (x-middleware-request-*), so its own scripts carry it.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(directives(page().headers.get("content-security-policy")!).get("script-src")).not.toContain(nonce); // fresh per response
  });

  it("adds Permissions-Policy and the basics, and HSTS only over HTTPS", () => {
    const http = page();
    expect(http.headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(http.headers.get("x-content-type-options")).toBe("nosniff");
    expect(http.headers.get("x-frame-options")).toBe("DENY");
    expect(http.headers.get("strict-transport-security")).toBeNull();
    const https = page({ "x-forwarded-proto": "https" });
    expect(https.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("security headers of API answers (the route wrapper; proxy.ts skips /api)", () => {
  const noParams = { params: Promise.resolve({}) };
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, url });

  it("proxy.ts runs for pages and next-auth, not for the other API routes", () => {
    expect(matches("/lessons")).toBe(true);
    expect(matches("/review")).toBe(true);
    expect(matches("/api/auth/signin")).toBe(true);
    expect(matches("/api/auth/callback/credentials")).toBe(true);
    expect(matches("/api/review/answers")).toBe(false);
    expect(matches("/api/notes")).toBe(false);
    expect(matches("/apiary")).toBe(true); // a page that merely starts with "api"
  });

  it("every API answer (success, refusal, error) carries nosniff, no framing, a CSP that runs nothing, and HSTS over HTTPS", async () => {
    const user = await makeUser();
    const cookie = await sessionCookie(user.id);
    const answers = [
      await queueRoute.GET(await request("/api/review/queue", { headers: { cookie } }), noParams),
      await queueRoute.GET(await request("/api/review/queue"), noParams), // 401
      await answersRoute.POST(await request("/api/review/answers", { method: "POST", headers: { cookie }, body: { answers: "nope" } }), noParams), // 400
      await answersRoute.POST(new NextRequest(`${APP_ORIGIN}/api/review/answers`, { method: "POST", headers: { cookie, origin: "https://evil.example", "content-type": "application/json" }, body: "{}" }), noParams), // 403
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 400, 403]);
    for (const res of answers) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
      const csp = directives(res.headers.get("content-security-policy")!);
      expect(csp.get("default-src")).toBe("'none'");
      expect(csp.get("frame-ancestors")).toBe("'none'");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    const https = await queueRoute.GET(await request("/api/review/queue", { headers: { cookie, "x-forwarded-proto": "https" } }), noParams);
    expect(https.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});

describe("session cookie", () => {
  it("is Secure when the request came over HTTPS through a trusted proxy, even without NEXTAUTH_URL", () => {
    const req = { socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.4" } as Record<string, string> };
    sanitizeForwardedHeaders(req, parseTrustedProxies("127.0.0.1"));
    const https = isHttpsRequest(new Headers(req.headers), "http://localhost:3000/api/auth/callback/credentials");
    expect(https).toBe(true);
    expect(buildAuthOptions({ https }).useSecureCookies).toBe(true);
    // A client cannot claim HTTPS itself: from an untrusted peer the header is dropped.
    const forged = { socket: { remoteAddress: "203.0.113.4" }, headers: { "x-forwarded-proto": "https" } as Record<string, string> };
    sanitizeForwardedHeaders(forged, parseTrustedProxies("127.0.0.1"));
    expect(isHttpsRequest(new Headers(forged.headers), "http://localhost:3000/")).toBe(false);
    expect(buildAuthOptions({ https: false }).useSecureCookies).toBe(false);
  });

  it("the __Secure- cookie next-auth then sets is the one sessions are read from", async () => {
    const user = await makeUser();
    const { encode } = await import("next-auth/jwt");
    const sid = await createUserSession(user.id);
    const token = await encode({ token: { uid: user.id, sid }, secret: process.env.NEXTAUTH_SECRET! });
    const req = new NextRequest("https://localhost:3000/", { headers: { cookie: `__Secure-next-auth.session-token=${token}` } });
    expect(await resolveSessionUser(req)).toMatchObject({ id: user.id });
  });

  it("npm start warns without NEXTAUTH_URL", () => {
    expect(startWarning("start", {})).toMatch(/NEXTAUTH_URL is not set/);
    expect(startWarning("start", { NEXTAUTH_URL: "https://cards.example.org" })).toBeNull();
    expect(startWarning("dev", {})).toBeNull();
  });
});
