import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { recordReviews } from "@/lib/server/review/record-review";
import { reviewAnswersSchema } from "@/lib/validation/review";

export const POST = authedRoute(async (req, { user }) => {
  const { answers } = await readJson(req, reviewAnswersSchema);
  const results = await recordReviews({
    userId: user.id,
    now: new Date(),
    answers: answers.map((a) => ({ ...a, rating: a.rating as 1 | 2 | 3 | 4, reviewedAt: new Date(a.reviewedAt) })),
  });
  return NextResponse.json({ results });
});
