// A stalled database (here: a proxy that stops forwarding, as a paused PostgreSQL does) gives a 503
// with Retry-After within the configured timeouts, never a hang or a raw error, and the app recovers
// by itself when the database answers again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pausableProxy } from "../support/pausable-proxy";

const proxy = await pausableProxy(new URL(process.env.DATABASE_URL!));
// Before the app's database client exists: this file's client goes through the proxy, with short timeouts.
process.env.DATABASE_URL = proxy.url;
process.env.DATABASE_STATEMENT_TIMEOUT_MS = "1500";
process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";

const { GET: queue } = await import("@/app/api/review/queue/route");
const { GET: health } = await import("@/app/api/health/route");
const { db, makeUser } = await import("../support/db");
const { request } = await import("../support/http");
const noParams = { params: Promise.resolve({}) };

let userId = "";
beforeAll(async () => {
  userId = (await makeUser()).id;
});
afterAll(async () => {
  proxy.resume();
  await db.$disconnect();
  await proxy.close();
});

describe("a stalled database", () => {
  it("answers 503 with Retry-After within the timeout, then recovers", async () => {
    expect((await queue(await request("/api/review/queue", { userId }), noParams)).status).toBe(200);
    const ok = await health(await request("/api/health"), noParams);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ database: "ok", migrations: { pending: [] } });
    // Requests are built first: a test session cookie is itself a database row.
    const [queueReq, healthReq] = [await request("/api/review/queue", { userId }), await request("/api/health")];
    proxy.pause();
    try {
      const started = Date.now();
      const res = await queue(queueReq, noParams);
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      const body = await res.json();
      expect(body.error).toEqual({ code: "UNAVAILABLE", message: "The service is busy or briefly unavailable. Please try again in a few seconds." });
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|5432|postgres|prisma/i);
      expect(elapsed).toBeLessThan(10_000); // the timeouts are 1.5 s; unbounded, this hung for ~45 s

      const h = await health(healthReq, noParams);
      expect(h.status).toBe(503);
      expect(await h.json()).toMatchObject({ status: "down", database: "unreachable" });
    } finally {
      proxy.resume();
    }
    // Connections that timed out are dropped; new ones work at once.
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await queue(await request("/api/review/queue", { userId }), noParams)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  }, 60_000);
});
