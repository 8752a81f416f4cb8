import "server-only";
import { db } from "@/lib/server/db";

export const REVIEWS_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/**
 * The user's review history in the FSRS optimizer's CSV format (fsrs-optimizer / fsrs-rs):
 * review_time in Unix milliseconds, review_state = card state before the review (0 New,
 * 1 Learning, 2 Review, 3 Relearning), review_duration in milliseconds.
 */
export async function exportReviewsCsv(opts: { userId: string }): Promise<string> {
  const logs = await db.reviewLog.findMany({
    where: { userId: opts.userId },
    select: { cardId: true, review: true, rating: true, state: true, durationMs: true },
    orderBy: [{ cardId: "asc" }, { review: "asc" }],
  });
  const lines = logs.map((l) => `${l.cardId},${l.review.getTime()},${l.rating},${l.state},${l.durationMs}`);
  return [REVIEWS_CSV_HEADER, ...lines].join("\n") + "\n";
}
