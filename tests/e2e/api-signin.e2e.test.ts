// The README's curl recipe, step for step: scripts sign in through next-auth's own endpoints.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

function cookieJar() {
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

async function signIn(email: string, password: string) {
  const jar = cookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  jar.store(res);
  const session = await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: jar.header() } })).json();
  return { res, session, jar };
}

describe("sign-in for scripts (curl recipe in the README)", () => {
  it("gives a session cookie for the right password", async () => {
    const { session } = await signIn("teacher@demo.local", "demo-teacher");
    expect(session.user).toMatchObject({ name: "Demo Teacher", email: "teacher@demo.local" });
  });

  it("gives no session for a wrong password, and says why in the redirect", async () => {
    const { res, session } = await signIn("teacher@demo.local", "not-the-password");
    expect(session).toEqual({});
    expect(res.headers.get("location")).toMatch(/error=Wrong/);
  });
});
