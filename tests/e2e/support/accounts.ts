// Accounts for browser tests: a new learner signed up through the real form, the demo class joined
// straight in the database, and next-auth's credentials sign-in for scripts (the README's curl recipe).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Page } from "playwright-core";

export const PASSWORD = "a long enough password";

/** Signs up a new account through /signup (the page lands on /lessons); returns its e-mail. */
export async function signUp(page: Page, name: string, prefix = "learner"): Promise<string> {
  const email = `${prefix}-${randomUUID()}@test.local`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/lessons");
  return email;
}

/** Makes the account a member of the demo class (its lesson becomes readable); returns the user and that lesson. */
export async function joinDemoClass(email: string) {
  const { db } = await import("@/lib/server/db");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const klass = await db.class.findUniqueOrThrow({ where: { joinCode: "DEMO2025" }, include: { assignments: true } });
  await db.membership.create({ data: { classId: klass.id, userId: user.id } });
  return { user, klass, lessonId: klass.assignments[0].lessonId };
}

/** The cookies a script keeps between requests. */
export function cookieJar() {
  const jar = new Map<string, string>();
  return {
    store(res: Response) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
    },
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
  };
}

/** Signs in through next-auth's own endpoints (CSRF token, then the credentials callback). */
export async function apiSignIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const jar = cookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  jar.store(res);
  return { jar, csrfToken, res };
}

/** Joins a class with its code on /classes and waits until the class is listed among the learner's. */
export async function joinClass(page: Page, code: string, className: string): Promise<void> {
  await page.goto("/classes");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect.poll(() => page.getByTestId("member-class").filter({ hasText: className }).count(), { timeout: 15_000 }).toBe(1);
}
