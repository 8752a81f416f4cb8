import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { undoLessonEdit } from "@/lib/server/lesson-edits/undo-lesson-edit";

/** Undoes the lesson's latest correction → { id, kind, sentences } (the restored states); 404 when none. */
export const POST = authedRoute(async (_req, { user, params }) => {
  return NextResponse.json(await undoLessonEdit({ userId: user.id, lessonId: params.id }));
});
