import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { enqueueLessonRebuild } from "@/lib/server/lessons/enqueue-lesson-build";

/** Re-builds one of the caller's lessons with the current pipeline (after corrections): 202 + job. */
export const POST = authedRoute(async (_req, { user, params }) => {
  const build = await enqueueLessonRebuild({ userId: user.id, lessonId: params.id });
  return NextResponse.json({ jobId: build.id, ...build, statusUrl: `/api/lessons/builds/${build.id}` }, { status: 202 });
});
