import "server-only";
import { createHash } from "node:crypto";
import pino from "pino";

// One structured logger for the web and worker processes: JSON lines on stdout, for whatever
// collects logs in production. Tests are silent unless LOG_LEVEL says otherwise.
// Lines are written in batches of up to 4 kB (at most a second late), not one write(2) per
// request: on the answers hot path that write was as dear as the request's own queries. Flushed
// when the process exits; a process killed with SIGKILL loses at most the last batch.
const destination = pino.destination({ dest: 1, minLength: 4096, sync: false });
setInterval(() => {
  try {
    destination.flush();
  } catch {
    // Nothing written yet, or stdout closed: the next flush tries again.
  }
}, 1000).unref();
process.on("exit", () => {
  try {
    destination.flushSync();
  } catch {
    // stdout already gone.
  }
});

export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  destination,
);

/** A user id as it appears in logs: a keyed hash, so logs can be correlated without naming anyone. */
export function hashUserId(userId: string): string {
  return createHash("sha256")
    .update(`${process.env.NEXTAUTH_SECRET ?? ""}:${userId}`)
    .digest("base64url")
    .slice(0, 12);
}
