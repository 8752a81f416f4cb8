// Issue 11 point 2: sign-out, a password change and an administrator end sessions server-side,
// and the old cookie gets 401 on the very next request (the decoded-cookie cache notwithstanding).
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db, makeUser } from "../support/db";
import { request, sessionCookie } from "../support/http";
import { buildAuthOptions } from "@/lib/server/auth/options";
import { resolveSessionUser } from "@/lib/server/auth/session";
import { createUserSession } from "@/lib/server/auth/user-sessions";
import { revokeSessionsByEmail } from "@/lib/server/users/admin-users";
import * as notesRoute from "@/app/api/notes/route";
import * as passwordRoute from "@/app/api/settings/password/route";
import * as sessionsRoute from "@/app/api/settings/sessions/route";
import * as answersRoute from "@/app/api/review/answers/route";
import { randomUUID } from "node:crypto";
import { makeNote } from "../support/cards";

const noParams = { params: Promise.resolve({}) };

async function postNote(cookie: string) {
  return notesRoute.POST(await request("/api/notes", { method: "POST", body: { text: "和平", kind: "word" }, headers: { cookie } }), noParams);
}

/** What next-auth does on a credentials sign-in: the jwt callback with the authorized user. */
async function signIn(user: { id: string; email: string; name: string }): Promise<JWT> {
  const jwt = buildAuthOptions().callbacks!.jwt!;
  return jwt({ token: {}, user: { ...user, role: "LEARNER" } as never, account: null, trigger: "signIn" } as never);
}

describe("sessions end server-side", () => {
  it("sign-out revokes the session: the old cookie is refused at once, also by /api/auth/session's refresh", async () => {
    const user = await makeUser();
    const token = await signIn(user);
    expect(token.sid).toMatch(/^[0-9a-f-]{36}$/);
    const cookie = await sessionCookie(user.id, String(token.sid));
    expect((await postNote(cookie)).status).toBe(201);
    expect(await resolveSessionUser(await request("/", { headers: { cookie } }))).toMatchObject({ id: user.id }); // now cached

    await buildAuthOptions().events!.signOut!({ token, session: null as never });

    const after = await postNote(cookie);
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
    // next-auth's session endpoint runs the jwt callback on the old token: it throws, so next-auth
    // clears the cookie and answers "no session".
    const jwt = buildAuthOptions().callbacks!.jwt!;
    await expect(jwt({ token, trigger: "update" } as never)).rejects.toThrow(/revoked/);
  });

  it("a password change ends every other session, keeps this one, and says how many ended", async () => {
    const user = await makeUser();
    const laptop = await createUserSession(user.id);
    const phone = await sessionCookie(user.id);
    const laptopCookie = await sessionCookie(user.id, laptop);
    expect((await postNote(phone)).status).toBe(201);
    const res = await passwordRoute.POST(
      await request("/api/settings/password", { method: "POST", headers: { cookie: laptopCookie }, body: { currentPassword: user.password, newPassword: "tangerine orbit lantern 42" } }),
      noParams,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, signedOut: 1 });
    expect((await postNote(phone)).status).toBe(401);
    expect(await resolveSessionUser(await request("/", { headers: { cookie: laptopCookie } }))).toMatchObject({ id: user.id });
  });

  it("'sign out everywhere' ends this session too", async () => {
    const user = await makeUser();
    const a = await sessionCookie(user.id);
    const b = await sessionCookie(user.id);
    const res = await sessionsRoute.DELETE(await request("/api/settings/sessions", { method: "DELETE", headers: { cookie: a } }), noParams);
    expect(await res.json()).toEqual({ signedOut: 2 });
    expect((await postNote(a)).status).toBe(401);
    expect((await postNote(b)).status).toBe(401);
  });

  it("an administrator ends all of a user's sessions (npm run user -- revoke-sessions EMAIL)", async () => {
    const user = await makeUser();
    const cookie = await sessionCookie(user.id);
    expect((await postNote(cookie)).status).toBe(201);
    expect(await revokeSessionsByEmail(user.email.toUpperCase())).toEqual({ email: user.email, signedOut: 1 });
    expect((await postNote(cookie)).status).toBe(401);
    // Signing in again works: a new session.
    expect((await postNote(await sessionCookie(user.id))).status).toBe(200);
  });

  it("a cookie without a session id, or naming another user's session, is no session", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { encode } = await import("next-auth/jwt");
    const legacy = `next-auth.session-token=${await encode({ token: { uid: user.id, sub: user.id }, secret: process.env.NEXTAUTH_SECRET! })}`;
    expect((await postNote(legacy)).status).toBe(401);
    const stolenSid = await createUserSession(other.id);
    expect((await postNote(await sessionCookie(user.id, stolenSid))).status).toBe(401);
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });

  // The answers route checks the session row in the statement that reads the card
  // (guard.ts sessionInQueryRoute), not before the handler as the other routes do.
  it("answers: a revoked session records nothing and gets 401, also when no answer reaches the database", async () => {
    const user = await makeUser();
    const { cards } = await makeNote({ userId: user.id });
    const cookie = await sessionCookie(user.id);
    const answer = (reviewedAt = new Date()) => ({ id: randomUUID(), cardId: cards[0].id, rating: 3, reviewedAt: reviewedAt.toISOString(), durationMs: 1000 });
    const post = async (body: unknown) =>
      answersRoute.POST(await request("/api/review/answers", { method: "POST", body, headers: { cookie } }), noParams);

    const first = await post({ answers: [answer()] });
    expect(first.status).toBe(200);
    expect((await first.json()).results[0].status).toBe("recorded");
    // Refused before any statement (too old): the session is still live, so the refusal is the answer.
    const old = await post({ answers: [answer(new Date(Date.now() - 40 * 86_400_000))] });
    expect(old.status).toBe(200);
    expect((await old.json()).results[0].status).toBe("rejected");

    expect(await revokeSessionsByEmail(user.email)).toMatchObject({ signedOut: 1 });
    const after = await post({ answers: [answer()] });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
    // The same refused-before-any-statement answer, and a malformed body: 401 too, not their own answers.
    expect((await post({ answers: [answer(new Date(Date.now() - 40 * 86_400_000))] })).status).toBe(401);
    expect((await post({ answers: [] })).status).toBe(401);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: cards[0].id } })).version).toBe(1);

    // Another user's session id in a cookie that names this user: no session either.
    const other = await makeUser();
    const stolen = await sessionCookie(user.id, await createUserSession(other.id));
    const res = await answersRoute.POST(await request("/api/review/answers", { method: "POST", body: { answers: [answer()] }, headers: { cookie: stolen } }), noParams);
    expect(res.status).toBe(401);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });
});
