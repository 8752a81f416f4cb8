// Runs `next dev` or `next start` with the database prepared, and shuts both down cleanly on
// Ctrl-C (the embedded PostgreSQL is stopped, so its data directory is never left locked).
import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { ensureDevSecret, loadDotEnv, prepareDatabase } from "./db/prepare";
import { projectRoot } from "./db/local-postgres";

export async function runNext(mode: "dev" | "start"): Promise<void> {
  loadDotEnv();
  if (mode === "dev") ensureDevSecret();
  else if (!process.env.NEXTAUTH_SECRET) {
    console.error("NEXTAUTH_SECRET is not set. In production, set it to a long random string (e.g. `openssl rand -base64 32`); see .env.example.");
    process.exit(1);
  }
  const server = await prepareDatabase();
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
  const child = spawn(process.execPath, [nextBin, mode, "-p", port], { cwd: projectRoot, stdio: "inherit", env: process.env });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(null)));
    await server.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}
