// Issue 11 point 9 (demo accounts only in development) and issue 9 point 5 (the teacher role is
// granted, never chosen): sign-up ignores a chosen role; an invite code or an administrator grants it.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";
import { showDemoAccounts } from "@/lib/server/auth/demo-accounts";
import { signUp } from "@/lib/server/users/sign-up";
import { createTeacherInvite, redeemTeacherInvite } from "@/lib/server/users/teacher-invite";
import { setUserRole } from "@/lib/server/users/admin-users";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { resolveSessionUser } from "@/lib/server/auth/session";
import * as inviteRoute from "@/app/api/settings/teacher-invite/route";

const email = () => `r-${randomUUID()}@test.local`;
const ip = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
const PASSWORD = "tangerine orbit lantern 42";

describe("demo accounts", () => {
  it("are listed on the sign-in page only in development", () => {
    expect(showDemoAccounts("development")).toBe(true);
    expect(showDemoAccounts("production")).toBe(false);
    expect(showDemoAccounts("test")).toBe(false);
    expect(showDemoAccounts(undefined)).toBe(false);
  });
});

describe("the teacher role is granted, not chosen", () => {
  it("sign-up makes a learner whatever role the request asks for", async () => {
    const address = email();
    await signUp({ name: "Wants To Teach", email: address, password: PASSWORD, role: "TEACHER" }, { ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { email: address } })).role).toBe("LEARNER");
  });

  it("an administrator's invite code makes a teacher at sign-up, once", async () => {
    const { code } = await createTeacherInvite();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const first = email();
    await signUp({ name: "Teacher", email: first, password: PASSWORD, inviteCode: code.toLowerCase() }, { ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { email: first } })).role).toBe("TEACHER");
    const second = email();
    const reuse = await signUp({ name: "Second", email: second, password: PASSWORD, inviteCode: code }, { ip: ip() }).catch((e) => e);
    expect(reuse.fields.inviteCode).toMatch(/not valid/);
    expect(await db.user.count({ where: { email: second } })).toBe(0);
  });

  it("a learner enters an invite code in settings and is a teacher on the next request", async () => {
    const user = await makeUser();
    const { code } = await createTeacherInvite();
    const res = await inviteRoute.POST(await request("/api/settings/teacher-invite", { method: "POST", userId: user.id, body: { code } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect((await resolveSessionUser(await request("/", { userId: user.id })))?.role).toBe("TEACHER");
    const other = await makeUser();
    await expect(redeemTeacherInvite({ userId: other.id, code, ip: ip() })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("an expired code is refused", async () => {
    const user = await makeUser();
    const { code } = await createTeacherInvite(new Date(Date.now() - 15 * 86_400_000));
    await expect(redeemTeacherInvite({ userId: user.id, code, ip: ip() })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("LEARNER");
  });

  it("an administrator grants and takes back the role; administrators are not demoted from the CLI", async () => {
    const user = await makeUser();
    expect(await setUserRole(user.email, "TEACHER")).toEqual({ email: user.email, before: "LEARNER", after: "TEACHER" });
    expect(await setUserRole(user.email, "LEARNER")).toMatchObject({ after: "LEARNER" });
    const admin = await makeUser({ role: "ADMIN" });
    await expect(setUserRole(admin.email, "LEARNER")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserRole("nobody@test.local", "TEACHER")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("npm run user -- role EMAIL teacher works from the command line", async () => {
    const user = await makeUser();
    const root = path.resolve(import.meta.dirname, "..", "..");
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/user.ts", "role", user.email, "teacher"], {
      cwd: root,
      env: { ...process.env },
    });
    expect(stdout).toContain(`${user.email}: learner → teacher`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("TEACHER");
  }, 60_000);

  it("the seed keeps the demo teacher a teacher", async () => {
    await seedDemo(() => {});
    expect((await db.user.findUniqueOrThrow({ where: { email: "teacher@demo.local" } })).role).toBe("TEACHER");
    expect((await db.user.findUniqueOrThrow({ where: { email: "learner@demo.local" } })).role).toBe("LEARNER");
  }, 60_000);
});
