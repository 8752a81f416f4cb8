import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/notes/is-uuid";
import type { DroppedLine } from "@/lib/text/dropped-line";
import { toLessonBuildView, type LessonBuildView } from "./lesson-build-view";

/** One of the caller's own lesson builds; another user's is reported exactly like a missing one. */
export async function getLessonBuild(opts: { userId: string; buildId: string }): Promise<LessonBuildView> {
  if (!isUuid(opts.buildId)) throw new AppError("NOT_FOUND", "Import not found.");
  const build = await db.lessonBuild.findFirst({ where: { id: opts.buildId, userId: opts.userId } });
  if (!build) throw new AppError("NOT_FOUND", "Import not found.");
  const view = toLessonBuildView(build);
  if (view.status === "DONE" && view.lessonId) {
    const lesson = await db.lesson.findUnique({ where: { id: view.lessonId }, select: { droppedLines: true } });
    view.dropped = Array.isArray(lesson?.droppedLines) ? (lesson.droppedLines as unknown as DroppedLine[]) : [];
  }
  return view;
}
