import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { getOptimizerJob, jobNotFound } from "@/lib/server/optimizer/get-optimizer-job";
import { isUuid } from "@/lib/server/notes/is-uuid";

export const GET = authedRoute(async (_req, { user, params }) => {
  if (!isUuid(params.jobId)) throw jobNotFound();
  return NextResponse.json({ job: await getOptimizerJob({ userId: user.id, jobId: params.jobId }) });
});
