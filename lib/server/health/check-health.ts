import "server-only";
import path from "node:path";
import { pendingMigrationsWith, readMigrations } from "@/lib/server/db/migrate";
import { db } from "@/lib/server/db";
import { deadAfterMs, latestHeartbeat } from "@/lib/server/jobs/worker-heartbeat";

export interface Health {
  /** ok: all good; degraded: serving, but no worker is beating (imports wait); down: do not send traffic. */
  status: "ok" | "degraded" | "down";
  database: "ok" | "unreachable";
  migrations: { pending: string[] } | null;
  worker: { lastBeat: string | null; alive: boolean } | null;
}

const MIGRATION_NAMES = () => readMigrations(path.join(process.cwd(), "prisma", "migrations")).map((m) => m.name);
let migrationNames: string[] | null = null;

/** For load balancers and operators: GET /api/health. Never throws. */
export async function checkHealth(now = new Date()): Promise<Health> {
  try {
    migrationNames ??= MIGRATION_NAMES();
    const names = migrationNames;
    const pending = await pendingMigrationsWith(
      { query: async (sql: string) => ({ rows: await db.$queryRawUnsafe<Record<string, unknown>[]>(sql) }) } as never,
      names,
    );
    const beat = await latestHeartbeat();
    const alive = !!beat && now.getTime() - beat.getTime() < deadAfterMs();
    return {
      status: pending.length > 0 ? "down" : alive ? "ok" : "degraded",
      database: "ok",
      migrations: { pending },
      worker: { lastBeat: beat?.toISOString() ?? null, alive },
    };
  } catch {
    return { status: "down", database: "unreachable", migrations: null, worker: null };
  }
}
