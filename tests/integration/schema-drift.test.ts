import { describe, expect, it } from "vitest";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { diffSchemas, schemaTarget } from "@/lib/server/db/schema-engine";
import { migrateDatabase, readMigrations } from "@/lib/server/db/migrate";
import { withDatabase } from "@/scripts/db/local-postgres";
import { catalogSnapshot } from "@/lib/server/db/catalog-snapshot";

const root = path.resolve(import.meta.dirname, "..", "..");
const migrationsDir = path.join(root, "prisma", "migrations");

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL!;
  const name = `scratch_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return {
    url: withDatabase(admin, name),
    drop: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

describe("migrations", () => {
  it("build exactly the database that prisma/schema.prisma declares (no drift)", async () => {
    // Prisma's own schema engine turns the schema into SQL; a database built from that SQL and the
    // database built from our migrations must have identical catalogs: every table, column, type,
    // length, precision, nullability, default, enum, index, unique constraint and foreign key.
    const fromSchema = await scratchDatabase();
    try {
      const sql = await diffSchemas(fromSchema.url, { tag: "empty" }, schemaTarget(path.join(root, "prisma", "schema.prisma")));
      const c = new pg.Client({ connectionString: fromSchema.url });
      await c.connect();
      await c.query(sql);
      await c.end();
      const expected = await catalogSnapshot(fromSchema.url);
      const actual = await catalogSnapshot(process.env.DATABASE_URL!);
      expect(expected.columns.length).toBeGreaterThan(50);
      expect(actual).toEqual(expected);
    } finally {
      await fromSchema.drop();
    }
  });

  it("would notice a schema change that no migration carries", async () => {
    const schema = schemaTarget(path.join(root, "prisma", "schema.prisma"));
    if (schema.tag !== "schemaDatamodel") throw new Error("unexpected target");
    const changed = schema.files[0].content.replace("  name         String   @db.VarChar(100)", "  name         String   @db.VarChar(100)\n  nickname     String?");
    expect(changed).not.toBe(schema.files[0].content);
    const scratch = await scratchDatabase();
    try {
      const sql = await diffSchemas(scratch.url, { tag: "empty" }, { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: changed }] });
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      await c.query(sql);
      await c.end();
      const snapshot = await catalogSnapshot(scratch.url);
      expect(snapshot).not.toEqual(await catalogSnapshot(process.env.DATABASE_URL!));
      expect(snapshot.columns.some((col) => col.startsWith("User | nickname"))).toBe(true);
    } finally {
      await scratch.drop();
    }
  });

  it("are recorded in _prisma_migrations as Prisma does, and applying again is a no-op", async () => {
    const url = process.env.DATABASE_URL!;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    await c.end();
    const files = readMigrations(migrationsDir);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
    const again = await migrateDatabase(url, migrationsDir);
    expect(again.applied).toEqual([]);
  });

  it("are applied once when several processes start at the same time (advisory lock)", async () => {
    const scratch = await scratchDatabase();
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => migrateDatabase(scratch.url, migrationsDir)));
      const appliedCounts = results.map((r) => r.applied.length);
      expect(appliedCounts.reduce((a, b) => a + b, 0)).toBe(readMigrations(migrationsDir).length);
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      await c.end();
      expect(rows[0].n).toBe(readMigrations(migrationsDir).length);
    } finally {
      await scratch.drop();
    }
  });

  it("leave nothing behind when a migration fails", async () => {
    const scratch = await scratchDatabase();
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "migr-"));
    mkdirSync(path.join(dir, "001_ok"));
    writeFileSync(path.join(dir, "001_ok", "migration.sql"), `CREATE TABLE "A" (id int);`);
    mkdirSync(path.join(dir, "002_bad"));
    writeFileSync(path.join(dir, "002_bad", "migration.sql"), `CREATE TABLE "B" (id int);\nSELECT * FROM missing_table;`);
    try {
      await expect(migrateDatabase(scratch.url, dir)).rejects.toThrow(/002_bad failed/);
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      const tables = await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      const names = (await c.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows.map((r) => r.migration_name);
      await c.end();
      expect(tables.rows.map((r) => r.table_name)).toEqual(["A", "_prisma_migrations"]);
      expect(names).toEqual(["001_ok"]);
    } finally {
      await scratch.drop();
    }
  });

  it("run a `-- migrate: no-transaction` migration statement by statement, so CREATE INDEX CONCURRENTLY works", async () => {
    const scratch = await scratchDatabase();
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "migr-"));
    mkdirSync(path.join(dir, "001_table"));
    writeFileSync(path.join(dir, "001_table", "migration.sql"), `CREATE TABLE "A" (id int, b int);`);
    mkdirSync(path.join(dir, "002_index"));
    const indexSql = `-- migrate: no-transaction\n-- a comment; with a semicolon\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "A_id_idx" ON "A"(id);\n\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "A_b_idx" ON "A"(b) WHERE b > 0;\n`;
    writeFileSync(path.join(dir, "002_index", "migration.sql"), indexSql);
    try {
      const result = await migrateDatabase(scratch.url, dir);
      expect(result.applied).toEqual(["001_table", "002_index"]);
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      const indexes = await c.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'A' ORDER BY 1`);
      await c.end();
      expect(indexes.rows.map((r) => r.indexname)).toEqual(["A_b_idx", "A_id_idx"]);
      // The same file inside a transaction would fail: that is what the marker is for.
      writeFileSync(path.join(dir, "002_index", "migration.sql"), indexSql.replace("-- migrate: no-transaction", "-- plain"));
      const other = await scratchDatabase();
      try {
        await expect(migrateDatabase(other.url, dir)).rejects.toThrow(/cannot run inside a transaction block/);
      } finally {
        await other.drop();
      }
    } finally {
      await scratch.drop();
    }
  });
});
