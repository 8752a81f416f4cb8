import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { undoReview } from "@/lib/server/review/undo-review";

export const POST = authedRoute(async (_req, { user }) => {
  return NextResponse.json(await undoReview({ userId: user.id }));
});
