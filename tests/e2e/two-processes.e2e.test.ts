// Two production servers (scripts/server.ts, as `npm start` runs it) on one database behind a tiny round-robin proxy (as two replicas
// behind a load balancer): sign-in, reviews and a lesson import job work whichever process answers.
// The job is run by the worker the browser-test setup starts (scripts/worker.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { apiSignIn } from "./support/accounts";
import { freePort, spawnServer, waitForServer } from "../../scripts/server-process";

const databaseUrl = inject("databaseUrl");
const servers: ChildProcess[] = [];
const ports: number[] = [];
const served = new Map<number, number>();
let proxy: http.Server;
let base = "";


beforeAll(async () => {
  const secret = randomBytes(32).toString("base64url");
  const proxyPort = await freePort();
  base = `http://127.0.0.1:${proxyPort}`;
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    ports.push(port);
    servers.push(
      spawnServer({ port, host: "127.0.0.1", env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, LOG_LEVEL: "warn" }, stdio: "ignore" }),
    );
  }
  // Round robin, one request to each process in turn.
  let turn = 0;
  proxy = http.createServer((req, res) => {
    const port = ports[turn++ % ports.length];
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = http.request({ host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => (res.writeHead(502), res.end()));
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(proxyPort, "127.0.0.1", r));
  for (const [i, port] of ports.entries()) await waitForServer(`http://127.0.0.1:${port}/api/health`, { server: servers[i], ready: (status) => status < 500 });
}, 120_000);

afterAll(async () => {
  for (const s of servers) s.kill("SIGTERM");
  await new Promise((r) => proxy?.close(r));
});

describe("two app processes on one database", () => {
  it("sign in on one, review and import on both, the job's result seen from either", async () => {
    // Through the proxy, the CSRF token comes from one process and the sign-in goes to the other.
    const { jar } = await apiSignIn(base, "learner@demo.local", "demo-learner");
    const json = (url: string, init: RequestInit = {}) =>
      fetch(`${base}${url}`, { ...init, headers: { "content-type": "application/json", origin: base, cookie: jar.header(), ...(init.headers ?? {}) } });
    for (let i = 0; i < 2; i++) expect(((await (await json("/api/auth/session")).json()) as { user?: { name?: string } }).user?.name).toBe("Demo Learner");

    // Reviews: a card saved on one process is answered on the other; the same answer again (other process) is a duplicate.
    const saved = await json("/api/notes", { method: "POST", body: JSON.stringify({ text: `两个进程${randomUUID().slice(0, 4)}` }) });
    expect([200, 201]).toContain(saved.status);
    const queue = (await (await json("/api/review/queue")).json()) as { cards: { id: string; version: number }[] };
    expect(queue.cards.length).toBeGreaterThan(0);
    const answer = { id: randomUUID(), cardId: queue.cards[0].id, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 3000, cardVersion: queue.cards[0].version };
    const send = async () => ((await (await json("/api/review/answers", { method: "POST", body: JSON.stringify({ answers: [answer] }) })).json()) as { results: { status: string }[] }).results[0].status;
    expect(await send()).toBe("recorded");
    expect(await send()).toBe("duplicate");

    // A job queued through one process is followed through both until the worker has built the lesson.
    const text = "王毅：各位记者朋友，上午好！很高兴同大家再次见面。我们要构建人类命运共同体，推动世界和平发展。";
    const queued = await json("/api/lessons", { method: "POST", body: JSON.stringify({ text, title: `两个进程 ${randomUUID().slice(0, 6)}` }) });
    expect(queued.status).toBe(202);
    const { jobId } = (await queued.json()) as { jobId: string };
    let build: { status: string; lessonId: string | null } = { status: "QUEUED", lessonId: null };
    for (let i = 0; i < 240 && build.status !== "DONE" && build.status !== "FAILED"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      build = (await (await json(`/api/lessons/builds/${jobId}`)).json()) as typeof build;
    }
    expect(build.status).toBe("DONE");
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/lessons/${build.lessonId}`, { headers: { cookie: jar.header() } })).status).toBe(200);

    // Both processes really served requests.
    expect([...served.values()].every((n) => n >= 5)).toBe(true);
    expect(served.size).toBe(2);
  });
});
