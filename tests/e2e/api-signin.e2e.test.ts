// The README's curl recipe, step for step: scripts sign in through next-auth's own endpoints.
import { describe, expect, inject, it } from "vitest";
import { apiSignIn } from "./support/accounts";

const baseUrl = inject("baseUrl");

async function signIn(email: string, password: string) {
  const { res, jar } = await apiSignIn(baseUrl, email, password);
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
