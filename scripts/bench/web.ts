// `npm run bench:web` (after `npm run build`): what a phone downloads and how Lighthouse (mobile
// preset: Moto G-class device, simulated slow 4G) scores /signin, /review and the demo lesson.
// A scratch database with the demo data, `next start` on a free port, the demo learner signed in
// (with 8 saved words, so /review shows a card). Targets (issue 8): /review first-load JS
// ≤ 150 kB compressed; performance ≥ 90 and accessibility ≥ 95 on /review and the reader.
// CHROME_PATH (default /usr/bin/chromium) picks the browser; `-- --files` lists each script,
// `-- --js-only` skips Lighthouse, `-- --breakdown` prints where the main thread's time went. Lighthouse's mobile preset slows the CPU 4× on the assumption of
// an idle desktop-class host; each run prints the host's benchmark index (BI) so a busy machine
// shows. `-- --cpu-slowdown N` replaces the 4× (Lighthouse's calculator: ≈ 4× for BI ≥ 1,300,
// ≈ 2× for 800–1,300, ≈ 1× below), to calibrate on a slower or loaded host.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort, spawnServer, waitForServer } from "../server-process";
import { createTestDatabase } from "../../tests/support/test-database";

const WORDS = ["和平", "发展", "合作", "经济", "世界", "国家", "人民", "安全"];


async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrfRes.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("sign-in failed");
  return session;
}

const { values: args } = parseArgs({ options: { files: { type: "boolean", default: false }, "js-only": { type: "boolean", default: false }, "cpu-slowdown": { type: "string" }, breakdown: { type: "boolean", default: false } } });
const cpuSlowdown = args["cpu-slowdown"] === undefined ? undefined : Number(args["cpu-slowdown"]);
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1)) throw new Error("--cpu-slowdown takes a number ≥ 1");

/**
 * Every script the page's HTML loads, gzip-compressed as `next start` sends it. `noModule`
 * scripts (the legacy polyfills) are left out: browsers that run modules never fetch them.
 */
async function firstLoadJs(base: string, pathname: string, cookie: string): Promise<{ files: number; bytes: number; list: string[] }> {
  const res = await fetch(`${base}${pathname}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
  const html = await res.text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const srcs = new Set(tags.map((m) => m[1]));
  let bytes = 0;
  const list: string[] = [];
  for (const src of srcs) {
    const size = gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
    bytes += size;
    list.push(`  ${(size / 1000).toFixed(1).padStart(6)} kB  ${src}`);
  }
  return { files: srcs.size, bytes, list };
}

async function main() {
  const database = await createTestDatabase("bench_web");
  process.env.DATABASE_URL = database.url;
  const { seedDemo, DEMO_ACCOUNTS } = await import("../../lib/server/seed/seed-demo");
  await seedDemo(() => {});
  const { db, getDb } = await import("../../lib/server/db");
  const lesson = await db.lesson.findFirstOrThrow({ select: { id: true } });
  await getDb().$disconnect();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer({ port, host: "127.0.0.1", env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, stdio: "ignore" });
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    await waitForServer(`${base}/signin`, { server });
    const learner = DEMO_ACCOUNTS.find((a) => a.role === "LEARNER")!;
    const cookie = await signIn(base, learner.email, learner.password);
    // (The Origin header passes the CSRF check; without it every save was refused and /review was measured empty.)
    for (const text of WORDS) {
      const res = await fetch(`${base}/api/notes`, { method: "POST", headers: { cookie, origin: base, "content-type": "application/json" }, body: JSON.stringify({ text, kind: "word" }) });
      if (res.status !== 201 && res.status !== 200) throw new Error(`saving ${text}: HTTP ${res.status}`);
    }

    const pages = [
      { name: "/signin", path: "/signin", cookie: "" },
      { name: "/review", path: "/review", cookie },
      { name: "demo lesson", path: `/lessons/${lesson.id}`, cookie },
    ];
    if (!args["js-only"]) chrome = await launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
    console.log("page            first-load JS (gzip)   performance  accessibility  best-practices");
    for (const p of pages) {
      const js = await firstLoadJs(base, p.path, p.cookie);
      if (args["js-only"]) {
        console.log(`${p.name.padEnd(16)}${(js.bytes / 1000).toFixed(1)} kB in ${js.files} files`);
        if (args.files) console.log(js.list.join("\n"));
        continue;
      }
      const run = () =>
        lighthouse(`${base}${p.path}`, {
          port: chrome!.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
          // Merged into the mobile preset's throttling (the network stays simulated slow 4G).
          ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
        });
      let result = await run();
      // Lighthouse now and then loses the trace's navigation start (NO_NAVSTART, no scores): that
      // run measured nothing, so it is run again (at most twice), and the output says so.
      for (let retry = 1; retry <= 2 && result?.lhr.runtimeError?.code === "NO_NAVSTART"; retry++) {
        console.log(`${p.name.padEnd(16)}(Lighthouse lost the trace's navigation start; run ${retry + 1})`);
        result = await run();
      }
      const c = result!.lhr.categories;
      const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
      const failed = Object.values(result!.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && result!.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      console.log(
        `${p.name.padEnd(16)}${`${(js.bytes / 1000).toFixed(1)} kB in ${js.files} files`.padEnd(23)}${score("performance").padEnd(13)}${score("accessibility").padEnd(15)}${score("best-practices")}` +
          (failed.length ? `   (a11y: ${failed.join(", ")})` : "") +
          (result!.lhr.runtimeError ? `   (Lighthouse: ${result!.lhr.runtimeError.message})` : ""),
      );
      // Which elements fail each accessibility audit (a score is not a fix).
      for (const id of failed) {
        const items = ((result!.lhr.audits[id]?.details as { items?: { node?: { snippet?: string; explanation?: string } }[] } | undefined)?.items ?? []).slice(0, 3);
        for (const item of items) console.log(`                ${id}: ${item.node?.snippet ?? "?"} ${(item.node?.explanation ?? "").split("\n")[0]}`);
      }
      const metric = (id: string) => result!.lhr.audits[id]?.displayValue ?? "?";
      const bi = result!.lhr.environment.benchmarkIndex;
      // Which element was the largest paint, and what delayed it (slow LCPs are explained, not guessed).
      type LcpDetails = { items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] };
      const lcp = (result!.lhr.audits["largest-contentful-paint-element"]?.details as LcpDetails | undefined)?.items ?? [];
      const lcpNode = lcp[0]?.items?.[0]?.node?.snippet?.slice(0, 80);
      const phases = (lcp[1]?.items ?? []).map((i) => `${i.phase} ${Math.round(i.timing ?? 0)} ms`).join(", ");
      console.log(
        `${"".padEnd(16)}FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}; host BI ${Math.round(bi)}, CPU ${cpuSlowdown ?? 4}×`,
      );
      if (lcpNode) console.log(`${"".padEnd(16)}LCP element ${lcpNode}${phases ? ` (${phases})` : ""}`);
      if (args.files) console.log(js.list.join("\n"));
      if (args.breakdown) {
        // Where the main thread's time went (simulated CPU), and the scripts that cost most.
        type Items = { items?: { groupLabel?: string; url?: string; duration?: number; total?: number; scripting?: number; scriptParseCompile?: number }[] };
        const work = ((result!.lhr.audits["mainthread-work-breakdown"]?.details as Items | undefined)?.items ?? []).map((i) => `${i.groupLabel} ${Math.round(i.duration ?? 0)} ms`);
        console.log(`${"".padEnd(16)}main thread: ${work.join(", ")}`);
        for (const i of ((result!.lhr.audits["bootup-time"]?.details as Items | undefined)?.items ?? []).slice(0, 6)) {
          console.log(`${"".padEnd(16)}  ${Math.round(i.total ?? 0)} ms (script ${Math.round(i.scripting ?? 0)}, parse ${Math.round(i.scriptParseCompile ?? 0)}) ${(i.url ?? "").replace(base, "")}`);
        }
        const long = (result!.lhr.audits["long-tasks"]?.details as { items?: { url?: string; duration?: number; startTime?: number }[] } | undefined)?.items ?? [];
        console.log(`${"".padEnd(16)}long tasks: ${long.slice(0, 8).map((t) => `${Math.round(t.duration ?? 0)} ms at ${Math.round(t.startTime ?? 0)} (${(t.url ?? "").replace(base, "").slice(-40)})`).join("; ")}`);
      }
    }
  } finally {
    await chrome?.kill();
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode === null ? server.once("exit", r) : r(null)));
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
