// "The database is down, paused or overloaded" as one question, whatever layer noticed it (pg's
// connect or query timeout, a PostgreSQL shutdown or statement timeout, Prisma's pool): callers
// answer 503 with Retry-After instead of a 500, a hang, or a raw error naming the database host.
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57014", // query_canceled: statement_timeout
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001", // Prisma: can't reach database server
  "P1002", // Prisma: reached but timed out
  "P1008", // Prisma: operation timed out
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
]);
const MESSAGES = /connection timeout|timeout exceeded when trying to connect|query read timeout|connection terminated|statement timeout|canceling statement due to statement timeout|Connection terminated unexpectedly|the database system is (starting up|shutting down)|DatabaseNotReachable|SocketTimeout|ConnectionClosed/i;

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = "The service is busy or briefly unavailable. Please try again in a few seconds.";

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const err = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; kind?: unknown; originalCode?: unknown };
  if (typeof err.code === "string" && CODES.has(err.code)) return true;
  if (typeof err.originalCode === "string" && CODES.has(err.originalCode)) return true;
  if (typeof err.kind === "string" && /^(DatabaseNotReachable|SocketTimeout|ConnectionClosed|TooManyConnections|TransactionAlreadyClosed)$/.test(err.kind)) return true;
  if (typeof err.message === "string" && MESSAGES.test(err.message)) return true;
  return isDatabaseUnavailable(err.cause, depth + 1) || isDatabaseUnavailable(err.meta?.driverAdapterError, depth + 1);
}

/** Any error from the database layer (so its message, which may name hosts and tables, is never shown). */
export function isDatabaseError(e: unknown): boolean {
  const err = e as { name?: unknown; clientVersion?: unknown } | null;
  return !!err && (typeof err.clientVersion === "string" || (typeof err.name === "string" && err.name.startsWith("PrismaClient")) || isDatabaseUnavailable(e));
}
