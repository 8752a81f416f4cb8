// Issue 11 in the real server: the old cookie after sign-out gets 401, pages carry the CSP and still
// run (no violation), the forwarded-for header cannot pick the rate-limit address, and a server
// action from a foreign origin gets 403.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { apiSignIn } from "./support/accounts";
import { sharedBrowser, newPage, signIn as signInPage } from "./support/browser";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");

const signIn = (email: string, password: string, headers: Record<string, string> = {}) => apiSignIn(baseUrl, email, password, headers);

describe("security against the real server", () => {
  it("sign-out ends the session: the old cookie gets 401 at once", async () => {
    const { jar, csrfToken } = await signIn("learner@demo.local", "demo-learner");
    const oldCookie = jar.header();
    const post = () =>
      fetch(`${baseUrl}/api/notes`, { method: "POST", headers: { cookie: oldCookie, origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify({ text: "和平" }) });
    expect([200, 201]).toContain((await post()).status);
    const out = await fetch(`${baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: oldCookie },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBeLessThan(400);
    expect((await post()).status).toBe(401);
    expect(await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: oldCookie } })).json()).toEqual({});
  });

  it("refuses a cross-origin JSON write and a text/plain one with 403", async () => {
    const { jar } = await signIn("learner@demo.local", "demo-learner");
    const foreign = await fetch(`${baseUrl}/api/notes`, {
      method: "POST",
      headers: { cookie: jar.header(), origin: "http://127.0.0.1:1", "content-type": "application/json" },
      body: JSON.stringify({ text: "合作" }),
    });
    expect(foreign.status).toBe(403);
    const plain = await fetch(`${baseUrl}/api/notes`, { method: "POST", headers: { cookie: jar.header(), origin: baseUrl, "content-type": "text/plain" }, body: JSON.stringify({ text: "合作" }) });
    expect(plain.status).toBe(403);
    const action = await fetch(`${baseUrl}/classes`, { method: "POST", headers: { cookie: jar.header(), origin: "https://evil.example", "next-action": "0".repeat(42) }, body: "[]" });
    expect(action.status).toBe(403);
  });

  it("a forged X-Forwarded-For does not give a fresh sign-in allowance", async () => {
    // 30 failures from "30 addresses" are one client (the socket's address), which is then blocked.
    try {
      for (let i = 0; i < 30; i++) await signIn(`nobody-${i}@test.local`, "wrong password 1", { "x-forwarded-for": `192.0.2.${i}` });
      const { res } = await signIn("teacher@demo.local", "demo-teacher", { "x-forwarded-for": "192.0.2.200" });
      expect(res.headers.get("location")).toMatch(/Too%20many|Too\+many/);
    } finally {
      // Unblock this machine's address for the other browser tests.
      const client = new pg.Client({ connectionString: inject("databaseUrl") });
      await client.connect();
      await client.query(`DELETE FROM "RateLimit" WHERE key LIKE 'signin:ip:%'`);
      await client.end();
    }
  });

  it("pages carry a nonce CSP and still hydrate with no violation", async () => {
    const res = await fetch(`${baseUrl}/signin`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(await res.text()).not.toContain("teacher@demo.local"); // demo accounts only in development

    const { context, page } = await newPage(browser(), baseUrl);
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await signInPage(page, "teacher@demo.local", "demo-teacher"); // the form only works once React has hydrated
    await page.goto("/classes");
    await page.goto("/settings");
    // zod probes once whether eval is allowed (`Function("")` in a try/catch) and falls back when the
    // CSP says no: that refusal is the policy working. Anything else (an inline script without the
    // nonce, a foreign script) is a real violation.
    expect(violations.filter((v) => v !== "script-src eval")).toEqual([]);
    await context.close();
  });
});
