import { describe, expect, it } from "vitest";
import { resolveSessionUser, SESSION_CACHE_MS } from "@/lib/server/auth/session";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";

describe("session resolution", () => {
  it("reads the user behind a real session cookie and refuses a forged one", async () => {
    const u = await makeUser();
    const req = await request("/api/review/queue", { userId: u.id });
    expect(await resolveSessionUser(req)).toMatchObject({ id: u.id, email: u.email, role: "LEARNER" });
    const forged = await request("/api/review/queue", { headers: { cookie: "next-auth.session-token=eyJhbGciOiJkaXIi.forged.token" } });
    expect(await resolveSessionUser(forged)).toBeNull();
    expect(await resolveSessionUser(await request("/api/review/queue"))).toBeNull();
  });

  it("notices a changed role or a deleted account at once, though the decoded cookie is cached", async () => {
    const u = await makeUser();
    const req = await request("/", { userId: u.id });
    const t0 = Date.now();
    expect((await resolveSessionUser(req, t0))?.role).toBe("LEARNER");
    await db.user.update({ where: { id: u.id }, data: { role: "TEACHER" } });
    expect((await resolveSessionUser(req, t0 + 1))?.role).toBe("TEACHER");
    await db.user.delete({ where: { id: u.id } });
    expect(await resolveSessionUser(req, t0 + 2)).toBeNull();
    expect(SESSION_CACHE_MS).toBeGreaterThan(0);
  });
});
