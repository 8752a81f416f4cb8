import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { undoReview } from "@/lib/server/review/undo-review";
import { undoReviewSchema } from "@/lib/validation/review";

// No body (or `{}`): the latest answer. `{answerId}`: an undo queued offline, for that answer only.
export const POST = authedRoute(async (req, { user }) => {
  const hasBody = req.headers.get("content-type")?.includes("application/json") && req.headers.get("content-length") !== "0";
  const { answerId } = hasBody ? await readJson(req, undoReviewSchema, 1_000) : {};
  return NextResponse.json(await undoReview({ userId: user.id, answerId }));
});
