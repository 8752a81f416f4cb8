import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { getReviewPack } from "@/lib/server/review/get-review-pack";

export const GET = authedRoute(async (_req, { user }) => {
  return NextResponse.json(await getReviewPack({ userId: user.id, now: new Date() }), { headers: { "Cache-Control": "no-store" } });
});
