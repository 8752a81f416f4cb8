// Applies prisma/migrations/*/migration.sql without Prisma's native schema engine, recording each
// migration in `_prisma_migrations` exactly as `prisma migrate deploy` does (same table, same
// checksum, same advisory lock key), so the two stay interchangeable.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The advisory lock key Prisma's migrate uses, so our migrator and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** A migration whose first line is this marker runs outside a transaction (CREATE INDEX CONCURRENTLY). */
export const NO_TRANSACTION_MARKER = "-- migrate: no-transaction";

export function runsOutsideTransaction(sql: string): boolean {
  return sql.trimStart().startsWith(NO_TRANSACTION_MARKER);
}

/** Statements of a no-transaction migration: one per `;` at the end of a line, comments dropped. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;[ \t]*$/m)
    .map((part) => part.split("\n").filter((l) => !l.trim().startsWith("--")).join("\n").trim())
    .filter(Boolean);
}

// One transaction per migration: PostgreSQL DDL is transactional, so a failing migration leaves
// neither half its changes nor a row in _prisma_migrations.
async function applyInTransaction(client: pg.Client, m: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [id, m.checksum, m.name]);
    await client.query(m.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
  }
}

// CONCURRENTLY cannot run in a transaction block (a multi-statement query is one), so each
// statement goes alone. A failure is recorded as Prisma does (finished_at null, logs set), so the
// next run refuses to go on until someone looks; the statements should be idempotent (IF NOT EXISTS).
async function applyWithoutTransaction(client: pg.Client, m: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [id, m.checksum, m.name]);
  try {
    for (const statement of splitStatements(m.sql)) await client.query(statement);
  } catch (e) {
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, (e as Error).message]);
    throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}

// Polls instead of blocking in pg_advisory_lock: a session waiting inside a statement counts as a
// running transaction, and CREATE INDEX CONCURRENTLY in the lock holder waits for every running
// transaction to end, so a blocking wait would deadlock with it.
async function takeMigrationLock(client: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_ADVISORY_LOCK]);
    if (rows[0].locked) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrateDatabase(connectionString: string, migrationsDir: string, log: (line: string) => void = () => {}): Promise<MigrateResult> {
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await takeMigrationLock(client);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was never resolved. Fix the database, then mark it rolled back in _prisma_migrations (or run \`prisma migrate resolve\`).`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const recorded = done.get(m.name);
      if (recorded) {
        if (recorded !== m.checksum) log(`warning: migration ${m.name} was edited after it was applied (checksum differs)`);
        continue;
      }
      if (runsOutsideTransaction(m.sql)) await applyWithoutTransaction(client, m);
      else await applyInTransaction(client, m);
      applied.push(m.name);
      log(`applied migration ${m.name}`);
    }
    await migrateJobQueue(connectionString);
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

/**
 * graphile-worker keeps its own schema (`graphile_worker`) and its own versioned migrations; they
 * run here, once per deploy with ours, so no web process or worker migrates at boot in a race.
 */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  const { runMigrations, Logger } = await import("graphile-worker");
  const quiet = new Logger(() => (level, message) => {
    if (level === "error") console.error(`graphile-worker: ${message}`);
  });
  await runMigrations({ connectionString, logger: quiet });
}

/** Names of the migrations in `migrationsDir` that the database has not finished (for start-up checks and /api/health). */
export async function pendingMigrations(connectionString: string, migrationsDir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await pendingMigrationsWith(client, readMigrations(migrationsDir).map((m) => m.name));
  } finally {
    await client.end();
  }
}

export async function pendingMigrationsWith(client: Pick<pg.Client, "query">, names: string[]): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return names;
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(rows.map((r) => r.migration_name));
  return names.filter((n) => !done.has(n));
}
