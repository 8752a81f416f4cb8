import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { applyLessonEdit } from "@/lib/server/lesson-edits/apply-lesson-edit";
import { listLessonEdits } from "@/lib/server/lesson-edits/list-lesson-edits";
import { lessonOwnedBy } from "@/lib/server/lesson-edits/lesson-owned-by";
import { z } from "zod";

/** The lesson's corrections, newest first (its owner only; anyone else gets 404). */
export const GET = authedRoute(async (_req, { user, params }) => {
  await lessonOwnedBy({ userId: user.id, lessonId: params.id });
  const edits = await listLessonEdits({ userId: user.id, lessonId: params.id });
  return NextResponse.json({ edits });
});

/** One correction (see lib/validation/lesson-edits.ts) → { edit, sentences } with the new sentence states. */
export const POST = authedRoute(async (req, { user, params }) => {
  const input = await readJson(req, z.unknown());
  return NextResponse.json(await applyLessonEdit({ userId: user.id, lessonId: params.id, input }));
});
