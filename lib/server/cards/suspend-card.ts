import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";

/** Suspends (or un-suspends) one of the user's cards; someone else's card is reported as missing. */
export async function suspendCard(opts: { userId: string; cardId: string; suspended: boolean }): Promise<{ id: string; suspended: boolean }> {
  const { count } = await db.card.updateMany({ where: { id: opts.cardId, userId: opts.userId }, data: { suspended: opts.suspended } });
  if (count === 0) throw new AppError("NOT_FOUND", "Card not found");
  return { id: opts.cardId, suspended: opts.suspended };
}
