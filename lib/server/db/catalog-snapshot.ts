// A comparable description of a PostgreSQL schema: every table and column (type, length,
// precision, nullability, default), enum, index and constraint (primary, unique, foreign key).
// Two databases with equal snapshots have the same structure.
import pg from "pg";

export async function catalogSnapshot(connectionString: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(" | ")).sort();
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, character_maximum_length, datetime_precision, is_nullable, column_default
                        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      enums: await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t
                      JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                      WHERE n.nspname = 'public' GROUP BY t.typname`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await q(`SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid) FROM pg_constraint c
                            JOIN pg_namespace n ON n.oid = c.connamespace
                            WHERE n.nspname = 'public' AND c.conrelid <> 0 AND c.conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`),
    };
  } finally {
    await client.end();
  }
}
