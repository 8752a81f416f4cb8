import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { buildQueueForUser } from "@/lib/server/review/build-queue";

export const GET = authedRoute(async (_req, { user }) => {
  return NextResponse.json(await buildQueueForUser({ userId: user.id, now: new Date() }), { headers: { "Cache-Control": "no-store" } });
});
