import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { startOptimizerJob } from "@/lib/server/optimizer/start-optimizer-job";

export const POST = authedRoute(async (_req, { user }) => {
  return NextResponse.json({ job: await startOptimizerJob({ userId: user.id }) }, { status: 202 });
});
