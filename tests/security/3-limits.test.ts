// Issue 11 point 3: every guessable secret is rate-limited in PostgreSQL; the client address comes
// only from TRUSTED_PROXIES; weak passwords are refused with a reason; sign-up does not reveal
// which e-mails have accounts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";
import { LIMITS } from "@/lib/server/auth/rate-limit";
import { joinClass } from "@/lib/server/classes/join-class";
import { signUp } from "@/lib/server/users/sign-up";
import { createTeacherInvite, redeemTeacherInvite } from "@/lib/server/users/teacher-invite";
import { clientIp } from "@/lib/server/http/client-ip";
import { parseTrustedProxies, resolveClientAddress, sanitizeForwardedHeaders } from "@/scripts/trusted-proxy.mjs";
import * as passwordRoute from "@/app/api/settings/password/route";

const noParams = { params: Promise.resolve({}) };
// A fresh documentation-range address per call: a random pick could reuse the address another
// case in this file has already rate-limited.
let ipCount = 0;
const ip = () => {
  const n = ipCount++;
  return `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`;
};
const email = () => `s-${randomUUID()}@test.local`;

async function statusOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );
}

describe("rate limits", () => {
  it("limits wrong current passwords on a password change (429 with Retry-After), and the right one then waits too", async () => {
    const user = await makeUser();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await passwordRoute.POST(
        await request("/api/settings/password", { method: "POST", userId: user.id, body: { currentPassword: `guess-${i}-xx`, newPassword: "tangerine orbit lantern 42" } }),
        noParams,
      );
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, LIMITS.passwordAccount.max - 1)).toEqual(Array(LIMITS.passwordAccount.max - 1).fill(400));
    expect(statuses.slice(LIMITS.passwordAccount.max - 1).every((s) => s === 429)).toBe(true);
    const right = await passwordRoute.POST(
      await request("/api/settings/password", { method: "POST", userId: user.id, body: { currentPassword: user.password, newPassword: "tangerine orbit lantern 42" } }),
      noParams,
    );
    expect(right.status).toBe(429);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `password:user:${user.id}` } });
    expect(row.blockedUntil).not.toBeNull();
  });

  it("limits wrong join codes per account and per address", async () => {
    const learner = await makeUser();
    const results: string[] = [];
    for (let i = 0; i < 15; i++) results.push(await statusOf(joinClass({ userId: learner.id, input: { code: `ZZZZ${String(1000 + i).slice(-4)}` }, ip: ip() })));
    expect(results.slice(0, LIMITS.joinCodeAccount.max - 1).every((r) => r === "NOT_FOUND")).toBe(true);
    expect(results.slice(LIMITS.joinCodeAccount.max - 1).every((r) => r === "RATE_LIMITED")).toBe(true);

    const address = ip();
    const spray: string[] = [];
    for (let i = 0; i < LIMITS.joinCodeIp.max + 2; i++) {
      const u = await db.user.create({ data: { email: email(), name: "x" } });
      spray.push(await statusOf(joinClass({ userId: u.id, input: { code: "QQQQQQQQ" }, ip: address })));
    }
    expect(spray.at(-1)).toBe("RATE_LIMITED");
  });

  it("limits sign-ups per address, counted in PostgreSQL", async () => {
    const address = ip();
    const results: string[] = [];
    for (let i = 0; i < LIMITS.signupIp.max + 3; i++) {
      results.push(await statusOf(signUp({ name: "Bot", email: email(), password: "tangerine orbit lantern 42" }, { ip: address })));
    }
    expect(results.slice(0, LIMITS.signupIp.max)).toEqual(Array(LIMITS.signupIp.max).fill("ok"));
    expect(results.slice(LIMITS.signupIp.max)).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    expect(await statusOf(signUp({ name: "Real", email: email(), password: "tangerine orbit lantern 42" }, { ip: ip() }))).toBe("ok");
  });

  it("limits wrong teacher invite codes", async () => {
    const user = await makeUser();
    const results: string[] = [];
    for (let i = 0; i < 8; i++) results.push(await statusOf(redeemTeacherInvite({ userId: user.id, code: `ABCD-EFGH-JK${i}${i}`, ip: ip() })));
    expect(results.slice(0, LIMITS.inviteAccount.max - 1).every((r) => r === "INVALID_INPUT")).toBe(true);
    expect(results.at(-1)).toBe("RATE_LIMITED");
    const { code } = await createTeacherInvite();
    expect(await statusOf(redeemTeacherInvite({ userId: user.id, code, ip: ip() }))).toBe("RATE_LIMITED"); // even a right one, while blocked
  });
});

describe("client address (TRUSTED_PROXIES)", () => {
  const none = parseTrustedProxies("");
  const local = parseTrustedProxies("127.0.0.1, ::1, 10.0.0.0/8");

  it("ignores X-Forwarded-For when no proxy is trusted: 40 forged addresses are one client", () => {
    const seen = new Set(Array.from({ length: 40 }, (_, i) => resolveClientAddress("203.0.113.5", `192.0.2.${i}`, none)));
    expect([...seen]).toEqual(["203.0.113.5"]);
  });

  it("walks X-Forwarded-For from the right past trusted proxies only", () => {
    expect(resolveClientAddress("127.0.0.1", "192.0.2.66, 203.0.113.7", local)).toBe("203.0.113.7"); // the client forged 192.0.2.66
    expect(resolveClientAddress("::ffff:127.0.0.1", "203.0.113.7, 10.1.2.3", local)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.9", "10.0.0.1", local)).toBe("203.0.113.9"); // not from a proxy: header ignored
    expect(resolveClientAddress("127.0.0.1", "not-an-ip", local)).toBe("127.0.0.1");
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });

  it("rewrites the request's forwarded headers before Next sees them, and the app reads only that", () => {
    const req = { socket: { remoteAddress: "203.0.113.5" }, headers: { "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } as Record<string, string> };
    sanitizeForwardedHeaders(req, none);
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.5" });
    const viaProxy = { socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "1.2.3.4, 203.0.113.8", "x-forwarded-proto": "https" } as Record<string, string> };
    sanitizeForwardedHeaders(viaProxy, local);
    expect(viaProxy.headers).toEqual({ "x-forwarded-for": "203.0.113.8", "x-forwarded-proto": "https" });
    expect(clientIp(new Headers(viaProxy.headers))).toBe("203.0.113.8");
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
  });
});

describe("sign-up", () => {
  it("refuses common and trivial passwords with the reason, writing nothing", async () => {
    for (const [password, why] of [
      ["aaaaaaaaaa", /repeats/],
      ["password123", /common/],
      ["qwertyuiop", /common|keyboard/],
      ["1234567890", /common|sequence/],
    ] as const) {
      const address = email();
      const e = await signUp({ name: "Li Hua", email: address, password }, { ip: ip() }).catch((err) => err);
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.fields.password).toMatch(/too easy to guess/);
      expect(e.fields.password).toMatch(why);
      expect(await db.user.count({ where: { email: address } })).toBe(0);
    }
    const personal = await signUp({ name: "Zhangwei", email: email(), password: "zhangwei12345" }, { ip: ip() }).catch((err) => err);
    expect(personal.code).toBe("INVALID_INPUT");
  });

  it("answers an existing e-mail exactly like a new one, and changes nothing about the existing account", async () => {
    const existing = await makeUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const fresh = email();
    const forNew = await signUp({ name: "New", email: fresh, password: "tangerine orbit lantern 42" }, { ip: ip() });
    const forTaken = await signUp({ name: "Other", email: existing.email.toUpperCase(), password: "tangerine orbit lantern 42" }, { ip: ip() });
    expect(Object.keys(forTaken)).toEqual(Object.keys(forNew));
    expect(forNew).toEqual({ email: fresh });
    expect(forTaken).toEqual({ email: existing.email });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
  });
});
