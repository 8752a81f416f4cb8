// Issue 11 point 4: mutating routes want JSON (or the documented upload types) from our own origin;
// server actions from a foreign origin get 403 (not 500).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db, makeUser } from "../support/db";
import { APP_ORIGIN, request, sessionCookie } from "../support/http";
import { proxy } from "@/proxy";
import * as notesRoute from "@/app/api/notes/route";
import * as lessonsRoute from "@/app/api/lessons/route";

const noParams = { params: Promise.resolve({}) };
const body = JSON.stringify({ text: "和平", kind: "word" });

async function postNote(userId: string, headers: Record<string, string>) {
  const req = new NextRequest(`${APP_ORIGIN}/api/notes`, { method: "POST", headers: { cookie: await sessionCookie(userId), ...headers }, body });
  return notesRoute.POST(req, noParams);
}

describe("CSRF on route handlers", () => {
  it.each([
    ["text/plain from our own page", { "content-type": "text/plain", origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }],
    ["a urlencoded form from our own page", { "content-type": "application/x-www-form-urlencoded", origin: APP_ORIGIN }],
    ["JSON from another port of the same site", { "content-type": "application/json", origin: "http://localhost:3001", "sec-fetch-site": "same-site" }],
    ["JSON from another subdomain (Origin only)", { "content-type": "application/json", origin: "http://other.localhost:3000" }],
    ["JSON from another site", { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
    ["JSON with Origin: null (sandboxed frame)", { "content-type": "application/json", origin: "null" }],
    ["JSON with neither Origin nor Sec-Fetch-Site", { "content-type": "application/json" }],
  ])("refuses %s with 403 and writes nothing", async (_what, headers) => {
    const user = await makeUser();
    const res = await postNote(user.id, headers);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });

  it("accepts what the app's own pages send: same-origin JSON, and multipart where documented", async () => {
    const user = await makeUser();
    expect((await postNote(user.id, { "content-type": "application/json", origin: APP_ORIGIN, "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await postNote(user.id, { "content-type": "application/json; charset=utf-8", origin: APP_ORIGIN })).status).toBe(200); // the same note again
    const form = new FormData();
    form.set("text", "中华人民共和国外交部发言人在例行记者会上回答了记者的提问，介绍了中方的立场和主张。");
    const upload = await lessonsRoute.POST(
      new NextRequest(`${APP_ORIGIN}/api/lessons`, { method: "POST", headers: { cookie: await sessionCookie(user.id), origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }, body: form }),
      noParams,
    );
    expect(upload.status).toBe(202); // accepted: the worker builds the lesson
    const foreignUpload = await lessonsRoute.POST(
      new NextRequest(`${APP_ORIGIN}/api/lessons`, { method: "POST", headers: { cookie: await sessionCookie(user.id), origin: "http://localhost:8080", "sec-fetch-site": "same-site" }, body: form }),
      noParams,
    );
    expect(foreignUpload.status).toBe(403);
  }, 120_000); // the first lesson import loads the dictionaries

  it("leaves reads alone (GET needs no Origin)", async () => {
    const user = await makeUser();
    const { GET } = await import("@/app/api/review/queue/route");
    expect((await GET(await request("/api/review/queue", { userId: user.id }), noParams)).status).toBe(200);
  });
});

describe("CSRF on server actions (proxy.ts)", () => {
  const action = (headers: Record<string, string>) =>
    proxy(new NextRequest(`${APP_ORIGIN}/classes`, { method: "POST", headers: { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", host: "localhost:3000", ...headers }, body: "[]" }));

  it("answers a foreign Origin with 403", async () => {
    const foreign: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "http://localhost:3001", "sec-fetch-site": "same-site" }, {}];
    for (const headers of foreign) {
      const res = action(headers);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
    }
  });

  it("lets the app's own action calls through", () => {
    const own: Record<string, string>[] = [{ origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }, { origin: APP_ORIGIN }];
    for (const headers of own) {
      const res = action(headers);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-next")).toBe("1");
    }
  });
});
