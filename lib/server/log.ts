import "server-only";
import { createHash } from "node:crypto";
import pino from "pino";

// One structured logger for the web and worker processes: JSON lines on stdout, for whatever
// collects logs in production. Tests are silent unless LOG_LEVEL says otherwise.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A user id as it appears in logs: a keyed hash, so logs can be correlated without naming anyone. */
export function hashUserId(userId: string): string {
  return createHash("sha256")
    .update(`${process.env.NEXTAUTH_SECRET ?? ""}:${userId}`)
    .digest("base64url")
    .slice(0, 12);
}
