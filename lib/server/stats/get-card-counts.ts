import "server-only";
import { db } from "@/lib/server/db";

export interface CardCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
  total: number;
}

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;

/** The user's cards by state; a suspended card counts only as suspended. */
export async function getCardCounts(opts: { userId: string }): Promise<CardCounts> {
  const rows = await db.$queryRaw<{ bucket: string; count: bigint }[]>`
    SELECT CASE WHEN "suspended" THEN 'suspended' ELSE "state"::text END AS bucket, count(*) AS count
    FROM "Card" WHERE "userId" = ${opts.userId}::uuid GROUP BY 1`;
  const counts: CardCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total: 0 };
  for (const r of rows) {
    const name = r.bucket === "suspended" ? "suspended" : STATE_NAMES[Number(r.bucket)];
    if (name) counts[name] += Number(r.count);
    counts.total += Number(r.count);
  }
  return counts;
}
