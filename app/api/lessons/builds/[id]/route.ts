import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { getLessonBuild } from "@/lib/server/lessons/get-lesson-build";

/** Progress of one of the caller's imports or re-builds (the import page polls it). */
export const GET = authedRoute(async (_req, { user, params }) => {
  return NextResponse.json(await getLessonBuild({ userId: user.id, buildId: params.id }), { headers: { "Cache-Control": "no-store" } });
});
