import { NextResponse } from "next/server";
import { readJson, sessionInQueryRoute } from "@/lib/server/auth/guard";
import { clockSkewMs } from "@/lib/server/review/clock-skew";
import { recordReviews } from "@/lib/server/review/record-review";
import { reviewAnswersSchema } from "@/lib/validation/review";

// The busiest route: recordReviews checks the session row in the statement that reads the card.
export const POST = sessionInQueryRoute(async (req, { session }) => {
  const { answers, sentAt } = await readJson(req, reviewAnswersSchema);
  const now = new Date();
  const skew = clockSkewMs(sentAt, now);
  const results = await recordReviews({
    userId: session.userId,
    session,
    now,
    answers: answers.map((a) => ({ ...a, rating: a.rating as 1 | 2 | 3 | 4, reviewedAt: new Date(Date.parse(a.reviewedAt) + skew) })),
  });
  return NextResponse.json({ results });
});
