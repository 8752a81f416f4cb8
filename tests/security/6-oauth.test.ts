// Issue 11 point 6: an OAuth sign-in links to an existing account only when the provider verified
// the e-mail (GitHub never says so), else it is refused with a message to sign in with the password.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { buildAuthOptions } from "@/lib/server/auth/options";
import { LINK_REFUSED, resolveOAuthUser } from "@/lib/server/auth/oauth-link";

const signIn = (provider: string, email: string, profile: object) =>
  buildAuthOptions().callbacks!.signIn!({
    user: { id: "x", email, name: "Someone" },
    account: { provider, providerAccountId: randomUUID(), type: "oauth" },
    profile,
  } as never);

describe("OAuth account linking", () => {
  it("refuses to link GitHub (no email_verified) to an existing password account: no takeover", async () => {
    const victim = await makeUser();
    expect(await signIn("github", victim.email, { login: "attacker" })).toBe("/signin?error=OAuthAccountNotLinked");
    expect(await signIn("google", victim.email, { email_verified: false })).toBe("/signin?error=OAuthAccountNotLinked");
    expect(await signIn("google", victim.email, { email_verified: "true" })).toBe("/signin?error=OAuthAccountNotLinked"); // only a real true
    expect(await db.oAuthAccount.count({ where: { userId: victim.id } })).toBe(0);
    const refused = await resolveOAuthUser({ provider: "github", providerAccountId: "1", email: victim.email, emailVerified: false, name: null });
    expect(refused).toEqual({ refused: LINK_REFUSED });
  });

  it("links a provider-verified e-mail to the existing account, and the link is reused", async () => {
    const user = await makeUser();
    const identity = { provider: "google", providerAccountId: randomUUID(), email: user.email.toUpperCase(), emailVerified: true, name: "Li" };
    expect(await resolveOAuthUser(identity)).toEqual({ userId: user.id });
    // Later sign-ins find the link, whatever the e-mail now says.
    expect(await resolveOAuthUser({ ...identity, email: "changed@elsewhere.example", emailVerified: false })).toEqual({ userId: user.id });
  });

  it("creates a learner account for a new e-mail", async () => {
    const email = `oauth-${randomUUID()}@test.local`;
    const result = await resolveOAuthUser({ provider: "github", providerAccountId: randomUUID(), email, emailVerified: false, name: "New Person" });
    expect("userId" in result).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "LEARNER", passwordHash: null, name: "New Person" });
  });
});
