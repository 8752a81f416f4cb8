// Shared by dev, start, db:migrate and the test setup: find or start the database, apply
// migrations, and turn "the database is down" into one line that says what to do.
import path from "node:path";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { migrateDatabase, pendingMigrations } from "@/lib/server/db/migrate";
import { dataDir, openDatabaseServer, projectRoot, type DatabaseServer } from "./local-postgres";

export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

export function loadDotEnv(): void {
  for (const file of [".env.local", ".env"]) {
    const p = path.join(projectRoot, file);
    if (existsSync(p)) process.loadEnvFile(p);
  }
}

export function explainConnectionError(e: unknown, url: string | undefined): string | null {
  const code = (e as { code?: string })?.code ?? "";
  const message = String((e as Error)?.message ?? e);
  let where = "the database";
  try {
    if (url) where = `PostgreSQL at ${new URL(url).host}`;
  } catch {}
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "57P03"].includes(code) || /connect|terminat/i.test(message)) {
    return `Cannot reach ${where} (${code || message}). Start PostgreSQL, fix DATABASE_URL, or unset DATABASE_URL to use the embedded server.`;
  }
  if (code === "28P01" || code === "28000") return `PostgreSQL refused the credentials in DATABASE_URL (${code}). Check the user name and password.`;
  if (code === "3D000") return `The database named in DATABASE_URL does not exist (${message}). Create it, or point DATABASE_URL at an existing one.`;
  return null;
}

export async function prepareDatabase(log: (l: string) => void = (l) => console.log(l), opts: { migrate?: boolean } = {}): Promise<DatabaseServer> {
  let server: DatabaseServer | null = null;
  try {
    server = await openDatabaseServer(log);
    if (opts.migrate === false) {
      const pending = await pendingMigrations(server.url, migrationsDir);
      if (pending.length > 0) {
        console.error(`${pending.length} migration(s) not applied to this database (${pending.join(", ")}). Run \`npm run db:migrate\` once for this deploy, then start again.`);
        await server.stop().catch(() => {});
        process.exit(1);
      }
      return server;
    }
    const { applied } = await migrateDatabase(server.url, migrationsDir, log);
    if (applied.length === 0) log("database schema is up to date");
    const { backfillSentenceMeanings } = await import("@/lib/server/notes/backfill-sentence-meanings");
    const { checked, filled } = await backfillSentenceMeanings(server.url);
    if (checked) log(`gave a meaning to ${filled} of ${checked} sentence notes saved before meanings existed`);
    return server;
  } catch (e) {
    await server?.stop().catch(() => {});
    const explained = explainConnectionError(e, process.env.DATABASE_URL);
    if (explained) {
      console.error(explained);
      process.exit(1);
    }
    throw e;
  }
}

/** Local development only: a random NEXTAUTH_SECRET kept in .data/, so sessions survive restarts. */
export function ensureDevSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}
