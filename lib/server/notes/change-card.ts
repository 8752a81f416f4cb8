import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { newCardState } from "@/lib/srs/card-state";

export type CardAction = "suspend" | "unsuspend" | "reset";

/**
 * Suspend, unsuspend or reset ("forget", as in Anki: back to new, review logs kept) one card of
 * one of the user's notes. The version bump makes a review answered on a stale copy fail.
 */
export async function changeCard(opts: { userId: string; noteId: string; cardId: string; action: CardAction; now?: Date }) {
  const where = { id: opts.cardId, noteId: opts.noteId, userId: opts.userId };
  const data =
    opts.action === "reset"
      ? { ...newCardState(opts.now ?? new Date()), buriedUntil: null, version: { increment: 1 } }
      : { suspended: opts.action === "suspend", version: { increment: 1 } };
  const { count } = await db.card.updateMany({ where, data });
  if (count === 0) throw new AppError("NOT_FOUND", "This card does not exist (or is not yours).");
  return db.card.findFirstOrThrow({
    where,
    select: { id: true, type: true, state: true, suspended: true, due: true, reps: true, lapses: true, lastReview: true },
  });
}
