// `npm run worker`: runs queued jobs (lesson imports and re-builds, schedule optimizing, hourly
// clean-up) from the PostgreSQL job queue. Run at least one next to the web servers; any number
// may run against one database. `npm run dev` starts one for you.
import { explainConnectionError, loadDotEnv, migrationsDir } from "./db/prepare";
import { pendingMigrations } from "@/lib/server/db/migrate";

loadDotEnv();
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. The worker joins an existing database: start `npm run dev` or `npm start` first, or set DATABASE_URL.");
  process.exit(1);
}
try {
  const pending = await pendingMigrations(process.env.DATABASE_URL, migrationsDir);
  if (pending.length > 0) {
    console.error(`${pending.length} migration(s) not applied to this database (${pending.join(", ")}). Run \`npm run db:migrate\` first.`);
    process.exit(1);
  }
} catch (e) {
  console.error(explainConnectionError(e, process.env.DATABASE_URL) ?? String(e));
  process.exit(1);
}
const { startWorker } = await import("@/lib/server/jobs/run-worker");
const worker = await startWorker({ connectionString: process.env.DATABASE_URL });
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  // graphile-worker finishes running jobs (or hands them back) before stopping.
  await worker.stop().catch((e) => console.error(e));
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
