// The answers route as the production server serves it (scripts/server.ts): straight from Node's
// HTTP server, without Next's request handling. Over real HTTP against a real database, it must
// behave as the route does under Next: record the answer, refuse a missing session, another
// origin, another body type, malformed or oversized bodies, set the API headers, and leave every
// other request (another method, a query string) to the fallback (Next's handler in production).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { makeNote } from "../support/cards";
import { sessionCookie } from "../support/http";
import { directRoutes } from "@/lib/server/http/node-bridge";
import { errorResponse } from "@/lib/server/auth/guard";
import * as answersRoute from "@/app/api/review/answers/route";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer(
    directRoutes({ "POST /api/review/answers": answersRoute.POST }, (req, res) => req.resume().on("end", () => res.writeHead(204, { "x-fallback": "next" }).end()), errorResponse),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

async function learnerWithCard() {
  const user = await makeUser();
  const { cards } = await makeNote({ userId: user.id });
  return { user, cardId: cards[0].id, cookie: await sessionCookie(user.id) };
}

function post(body: string, headers: Record<string, string>, path = "/api/review/answers") {
  // Origin names the server itself, as a browser's same-origin fetch does.
  return fetch(base + path, { method: "POST", headers: { origin: base, "content-type": "application/json", ...headers }, body });
}

const answer = (cardId: string) => ({ id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 4000 });

describe("POST /api/review/answers served directly by Node", () => {
  it("records an answer once, with the API's security headers", async () => {
    const { user, cardId, cookie } = await learnerWithCard();
    const a = answer(cardId);
    const res = await post(JSON.stringify({ answers: [a] }), { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const body = (await res.json()) as { results: { id: string; status: string }[] };
    expect(body.results).toHaveLength(1);
    expect(body.results[0].id).toBe(a.id);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // The same answer again (a retry): still one log.
    expect((await post(JSON.stringify({ answers: [a] }), { cookie })).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses without a session (401), from another site (403), another body type (403), bad JSON (400), an oversized body (413), writing nothing", async () => {
    const { user, cardId, cookie } = await learnerWithCard();
    const good = JSON.stringify({ answers: [answer(cardId)] });
    const noSession = await post(good, {});
    expect(noSession.status).toBe(401);
    expect(((await noSession.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    expect((await post(good, { cookie, origin: "https://evil.example" })).status).toBe(403);
    expect((await post(good, { cookie, "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(good, { cookie, "content-type": "text/plain" })).status).toBe(403);
    const malformed = await post("{not json", { cookie });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    expect((await post(JSON.stringify({ answers: [answer(cardId)], pad: "x".repeat(1_100_000) }), { cookie })).status).toBe(413);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("leaves other methods and paths to the fallback", async () => {
    expect((await fetch(`${base}/api/review/answers`)).headers.get("x-fallback")).toBe("next");
    expect((await post("{}", {}, "/api/review/answers?x=1")).headers.get("x-fallback")).toBe("next");
    expect((await post("{}", {}, "/api/review/undo")).headers.get("x-fallback")).toBe("next");
  });
});
