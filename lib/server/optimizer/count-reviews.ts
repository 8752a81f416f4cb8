import "server-only";
import { db } from "@/lib/server/db";

export async function countReviews(opts: { userId: string }): Promise<number> {
  return db.reviewLog.count({ where: { userId: opts.userId } });
}
