import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { explainConnectionError, loadDotEnv, migrationsDir } from "../../scripts/db/prepare";
import { openDatabaseServer, withDatabase } from "../../scripts/db/local-postgres";

/** A fresh, migrated database on DATABASE_URL's server (or the embedded one); drop() removes it. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; adminUrl: string; drop: () => Promise<void> }> {
  loadDotEnv();
  const server = await openDatabaseServer(() => {}).catch((e) => {
    throw new Error(explainConnectionError(e, process.env.DATABASE_URL) ?? String(e));
  });
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(server.adminUrl, name);
  await migrateDatabase(url, migrationsDir);
  return {
    url,
    adminUrl: server.adminUrl,
    drop: async () => {
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}
