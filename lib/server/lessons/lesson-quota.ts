import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/server/db";

// A maximal lesson costs seconds of a core and megabytes of PostgreSQL, so imports are limited per
// user over a rolling 24 hours (re-builds of an existing lesson are not counted). Operators can
// change the limits with LESSON_IMPORTS_PER_DAY and LESSON_CHARACTERS_PER_DAY.
const DAY_MS = 24 * 3600_000;

export function importQuota(): { lessonsPerDay: number; charactersPerDay: number } {
  const num = (v: string | undefined, fallback: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Math.floor(Number(v)) : fallback);
  return {
    lessonsPerDay: num(process.env.LESSON_IMPORTS_PER_DAY, 30),
    charactersPerDay: num(process.env.LESSON_CHARACTERS_PER_DAY, 1_000_000),
  };
}

/**
 * Throws RATE_LIMITED (429 with Retry-After) when this import would pass either limit. Call it in
 * the transaction that records the import: the per-user advisory lock makes concurrent requests
 * of one user count one after the other.
 */
export async function assertImportQuota(tx: Prisma.TransactionClient, opts: { userId: string; characters: number; now: Date }): Promise<void> {
  const { lessonsPerDay, charactersPerDay } = importQuota();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lesson-quota:${opts.userId}`}))`;
  const since = new Date(opts.now.getTime() - DAY_MS);
  const rows = await tx.lessonBuild.findMany({
    where: { userId: opts.userId, kind: "import", status: { not: "FAILED" }, createdAt: { gt: since } },
    select: { characterCount: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const used = rows.reduce((sum, r) => sum + r.characterCount, 0);
  const retryAfter = (freed: Date | undefined) => Math.max(1, Math.ceil(((freed?.getTime() ?? opts.now.getTime()) + DAY_MS - opts.now.getTime()) / 1000));
  const fmt = (n: number) => n.toLocaleString("en-US");
  if (rows.length + 1 > lessonsPerDay) {
    const wait = retryAfter(rows[0]?.createdAt);
    throw new AppError(
      "RATE_LIMITED",
      `You have imported ${rows.length} lessons in the last 24 hours; the limit is ${lessonsPerDay} a day. You can import again in ${humanWait(wait)}.`,
      { retryAfter: wait, fields: { text: `Daily import limit reached (${lessonsPerDay} lessons a day). Try again in ${humanWait(wait)}.` } },
    );
  }
  if (used + opts.characters > charactersPerDay) {
    // The earliest moment enough older imports have aged out of the window.
    let freed = used + opts.characters - charactersPerDay;
    let at: Date | undefined;
    for (const r of rows) {
      freed -= r.characterCount;
      at = r.createdAt;
      if (freed <= 0) break;
    }
    const wait = retryAfter(at);
    const message = `This text has ${fmt(opts.characters)} characters and you have imported ${fmt(used)} in the last 24 hours; the limit is ${fmt(charactersPerDay)} characters a day. You can import it in ${humanWait(wait)}, or import a shorter text now.`;
    throw new AppError("RATE_LIMITED", message, { retryAfter: wait, fields: { text: message } });
  }
}

function humanWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}
