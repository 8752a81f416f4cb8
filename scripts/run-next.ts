// Runs `next dev` or the production server (scripts/server.ts: Next's build, as `next start`
// serves it, plus the answers route served directly) with the database prepared, and shuts both down cleanly on
// Ctrl-C (the embedded PostgreSQL is stopped, so its data directory is never left locked).
import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { ensureDevSecret, loadDotEnv, prepareDatabase } from "./db/prepare";
import { projectRoot } from "./db/local-postgres";
import { spawnWorker } from "./spawn-worker";
import { spawnServer, trustedProxyPreload } from "./server-process";

/** What `npm start` warns about before starting (production without a public URL). */
export function startWarning(mode: "dev" | "start", env: Record<string, string | undefined>): string | null {
  if (mode !== "start" || env.NEXTAUTH_URL) return null;
  return (
    "warning: NEXTAUTH_URL is not set. Set it to the public URL (e.g. https://cards.example.org): sign-in redirects use it, and " +
    "session cookies are marked Secure only for requests that arrive over HTTPS (directly, or through a TRUSTED_PROXIES proxy)."
  );
}

export async function runNext(mode: "dev" | "start"): Promise<void> {
  loadDotEnv();
  if (mode === "dev") ensureDevSecret();
  else if (!process.env.NEXTAUTH_SECRET) {
    console.error("NEXTAUTH_SECRET is not set. In production, set it to a long random string (e.g. `openssl rand -base64 32`); see .env.example.");
    process.exit(1);
  }
  const warning = startWarning(mode, process.env);
  if (warning) console.warn(warning);
  if (mode === "start" && !process.env.DATABASE_URL && process.env.EMBEDDED_POSTGRES !== "1") {
    // Replicas that each start their own embedded database would each have their own data.
    console.error(
      "DATABASE_URL is not set. In production, point DATABASE_URL at your PostgreSQL (and run `npm run db:migrate` once per deploy).\n" +
        "For a single-machine trial with the embedded PostgreSQL in .data/, run `EMBEDDED_POSTGRES=1 npm start`.",
    );
    process.exit(1);
  }
  // Production migrates once per deploy (`npm run db:migrate`), never in every replica's boot; the
  // embedded server (dev, or EMBEDDED_POSTGRES=1) is one machine, so it migrates here.
  const server = await prepareDatabase(undefined, { migrate: mode === "dev" || !process.env.DATABASE_URL });
  process.env.DATABASE_URL = server.url;

  if (mode === "dev") {
    const { getDb } = await import("@/lib/server/db");
    const users = await getDb().user.count();
    if (users === 0) {
      console.log("empty database: seeding demo data (once)");
      const { seedDemo } = await import("@/lib/server/seed/seed-demo");
      await seedDemo();
    }
    await getDb().$disconnect();
    console.log("\n  Demo accounts: learner@demo.local / demo-learner · teacher@demo.local / demo-teacher\n");
  }

  const require = createRequire(import.meta.url);
  const nextBin = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
  const port = process.env.PORT ?? "3000";
  // Production runs scripts/server.ts (Next's build, with the answers route served directly).
  const child =
    mode === "start" ? spawnServer({ port }) : spawn(process.execPath, [nextBin, mode, "-p", port], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...trustedProxyPreload() } });
  // Development runs the job worker next to the app; in production it is its own process (`npm run worker`).
  const worker = mode === "dev" ? spawnWorker(process.env) : null;

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const p of [child, worker]) if (p && p.exitCode === null) p.kill("SIGTERM");
    await Promise.all([child, worker].map((p) => new Promise((r) => (!p || p.exitCode !== null ? r(null) : p.once("exit", r)))));
    await server.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}
