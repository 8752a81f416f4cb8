import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { applyOptimizerJob } from "@/lib/server/optimizer/apply-optimizer-job";
import { jobNotFound } from "@/lib/server/optimizer/get-optimizer-job";
import { isUuid } from "@/lib/server/notes/is-uuid";

export const POST = authedRoute(async (_req, { user, params }) => {
  if (!isUuid(params.jobId)) throw jobNotFound();
  return NextResponse.json(await applyOptimizerJob({ userId: user.id, jobId: params.jobId }));
});
