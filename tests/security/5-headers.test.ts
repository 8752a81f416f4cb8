// Issue 11 point 5: CSP with a per-response nonce (no unsafe-inline scripts), HSTS over HTTPS,
// Permissions-Policy; the session cookie is Secure whenever the request is HTTPS; npm start warns
// without NEXTAUTH_URL.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { makeUser } from "../support/db";
import { proxy } from "@/proxy";
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
