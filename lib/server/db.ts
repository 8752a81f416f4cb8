import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/env";

// One client per process, cached on globalThis so dev hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

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

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig()) });
}

export function getDb(): PrismaClient {
  if (!globalForPrisma.prisma) globalForPrisma.prisma = createClient();
  return globalForPrisma.prisma;
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
