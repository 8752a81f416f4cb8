import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/env";

// One client per process, cached on globalThis so dev hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

const ms = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Timeouts, so a stalled or paused database gives a quick 503 (lib/server/db/unavailable.ts)
 * instead of requests that hang for a minute: connecting, each statement on the server, and each
 * query on the client (a paused server cannot enforce its own statement_timeout).
 */
export function poolConfig() {
  const statement = ms("DATABASE_STATEMENT_TIMEOUT_MS", 15_000);
  return {
    connectionString: getDatabaseUrl(),
    max: ms("DATABASE_POOL_SIZE", 10),
    connectionTimeoutMillis: ms("DATABASE_CONNECT_TIMEOUT_MS", 5_000),
    statement_timeout: statement,
    query_timeout: statement + 1_000,
    idle_in_transaction_session_timeout: 60_000,
  };
}

function createClient(pool: pg.Pool): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // $disconnect ends the pool too, and the next getDb() starts afresh (scripts and tests disconnect).
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    if (globalForPrisma.prisma === client) globalForPrisma.prisma = globalForPrisma.pgPool = undefined;
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  return client;
}

export function getDb(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const pool = new pg.Pool(poolConfig());
    // An idle connection that breaks is dropped by pg and the next query opens another; without a
    // listener the 'error' event would end the process.
    pool.on("error", () => {});
    globalForPrisma.pgPool = pool;
    globalForPrisma.prisma = createClient(pool);
  }
  return globalForPrisma.prisma;
}

/**
 * The pool under Prisma, for the few queries on the hot path of every request (the session lookup,
 * recording an answer): pg directly skips Prisma's query engine, about a third of a small raw
 * query's cost. Same connections, timeouts and error handling (lib/server/db/unavailable.ts knows pg's errors).
 */
export function getPool(): pg.Pool {
  getDb();
  return globalForPrisma.pgPool!;
}

/** One parameterised query through getPool(); `name` makes it a prepared statement on each connection. */
export async function sql<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
  return (await getPool().query<R>({ name, text, values })).rows;
}

/** Lazily connected client: importing this module never touches the database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
