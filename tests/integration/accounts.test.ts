import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db, makeUser } from "../support/db";
import { createUser } from "@/lib/server/users/create-user";
import { signUp } from "@/lib/server/users/sign-up";
import { authorizeCredentials, WRONG_CREDENTIALS } from "@/lib/server/auth/options";
import { SIGNIN_LIMITS } from "@/lib/server/auth/rate-limit";
import { AppError } from "@/lib/errors";

const email = () => `new-${randomUUID()}@test.local`;

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("sign-up", () => {
  it("creates a user with an argon2id hash and default scheduling settings", async () => {
    const address = email();
    const user = await createUser({ name: "  Li Hua ", email: address.toUpperCase(), password: "long enough password" });
    expect(user.email).toBe(address);
    expect(user.name).toBe("Li Hua");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { settings: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("long enough password");
    expect(row.settings?.desiredRetention).toBe(0.9);
    expect(row.settings?.dayStartHour).toBe(4);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await db.user.count();
    const e = await rejection(createUser({ name: "", email: "not-an-email", password: "short" }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.status).toBe(400);
    expect(e.fields).toMatchObject({ name: "Enter your name", email: "Enter a valid e-mail address", password: "Use at least 10 characters" });
    const long = await rejection(createUser({ name: "x".repeat(101), email: email(), password: "p".repeat(201) }));
    expect(Object.keys(long.fields ?? {})).toEqual(expect.arrayContaining(["name", "password"]));
    expect(await db.user.count()).toBe(before);
    // The role is never chosen at sign-up: a "role" field is ignored (tests/security/roles.test.ts).
    const chosen = await createUser({ name: "A", email: email(), password: "long enough password", role: "ADMIN" });
    expect(chosen.role).toBe("LEARNER");
  });

  it("does not reveal that an e-mail is taken, and keeps the first account", async () => {
    const existing = await makeUser();
    const answer = await signUp({ name: "Other", email: existing.email, password: "another long password" }, { ip: "203.0.113.9" });
    expect(answer).toEqual({ email: existing.email });
    const row = await db.user.findUniqueOrThrow({ where: { email: existing.email } });
    expect(row.name).toBe("Test User");
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one with one message", async () => {
    const u = await makeUser();
    await expect(authorizeCredentials({ email: u.email, password: u.password }, "10.0.0.1")).resolves.toMatchObject({ id: u.id, role: "LEARNER" });
    await expect(authorizeCredentials({ email: u.email, password: "wrong password!" }, "10.0.0.1")).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authorizeCredentials({ email: `nobody-${randomUUID()}@test.local`, password: "whatever1234" }, "10.0.0.1")).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
    await expect(authorizeCredentials({ email: "", password: "" }, "10.0.0.1")).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("blocks an account after repeated failures, even with the right password, and says when to retry", async () => {
    const u = await makeUser();
    const now = new Date("2026-03-01T10:00:00Z");
    const max = SIGNIN_LIMITS.account.max;
    for (let i = 0; i < max - 1; i++) {
      await expect(authorizeCredentials({ email: u.email, password: `wrong-${i}-password` }, `10.1.0.${i}`, now)).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(authorizeCredentials({ email: u.email, password: "wrong-last-password" }, "10.1.1.1", now)).rejects.toThrow(
      /Too many sign-in attempts\. Try again in 900 seconds\./,
    );
    const later = new Date(now.getTime() + 60_000);
    await expect(authorizeCredentials({ email: u.email, password: u.password }, "10.1.1.2", later)).rejects.toThrow(/Try again in 840 seconds/);
    // The block is a row in PostgreSQL, so it survives a server restart.
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `signin:email:${u.email}` } });
    expect(row.blockedUntil?.toISOString()).toBe("2026-03-01T10:15:00.000Z");
    const afterWindow = new Date(now.getTime() + 16 * 60_000);
    await expect(authorizeCredentials({ email: u.email, password: u.password }, "10.1.1.3", afterWindow)).resolves.toMatchObject({ id: u.id });
  });

  it("blocks an IP that fails on many accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const now = new Date("2026-04-01T10:00:00Z");
    for (let i = 0; i < SIGNIN_LIMITS.ip.max; i++) {
      await authorizeCredentials({ email: `spray-${i}-${randomUUID()}@test.local`, password: "guess123456" }, ip, now).catch(() => {});
    }
    const victim = await makeUser();
    await expect(authorizeCredentials({ email: victim.email, password: victim.password }, ip, now)).rejects.toThrow(/Try again in \d+ seconds/);
    await expect(authorizeCredentials({ email: victim.email, password: victim.password }, "198.51.100.7", now)).resolves.toMatchObject({ id: victim.id });
  });
});
