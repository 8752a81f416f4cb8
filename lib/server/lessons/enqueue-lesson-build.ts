import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { enqueueJob, TASK } from "@/lib/server/jobs/job-queue";
import { isUuid } from "@/lib/server/notes/is-uuid";
import { assertNoCorrections } from "./lesson-corrections";
import { assertImportQuota } from "./lesson-quota";
import { toLessonBuildView, type LessonBuildView } from "./lesson-build-view";

const MAX_ATTEMPTS = 3;
/** The row carries up to 200,000 characters; on a busy machine Prisma's 5 s default is too tight. */
const ENQUEUE_TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;

/**
 * Records an import and queues its build in one transaction; the worker does the rest
 * (lib/server/lessons/run-lesson-build.ts). `text` is already checked (assertLessonText).
 */
export async function enqueueLessonImport(opts: {
  ownerId: string;
  text: string;
  title?: string;
  visibility?: "PRIVATE" | "CLASSES";
  /** The checked English version (checkEnglishText), aligned by the worker. */
  english?: string | null;
  now?: Date;
}): Promise<LessonBuildView> {
  const now = opts.now ?? new Date();
  const characterCount = [...opts.text].length;
  const build = await db.$transaction(async (tx) => {
    await assertImportQuota(tx, { userId: opts.ownerId, characters: characterCount, now });
    const row = await tx.lessonBuild.create({
      data: {
        userId: opts.ownerId,
        kind: "import",
        title: opts.title?.trim().slice(0, 200) || null,
        visibility: opts.visibility ?? "PRIVATE",
        sourceText: opts.text,
        english: opts.english || null,
        characterCount,
      },
    });
    await enqueueJob(tx, TASK.buildLesson, { buildId: row.id }, { jobKey: `lesson-build:${row.id}`, maxAttempts: MAX_ATTEMPTS });
    return row;
  }, ENQUEUE_TRANSACTION);
  return toLessonBuildView(build);
}

/** Re-builds one of the caller's own lessons from its stored source text with the current pipeline. */
export async function enqueueLessonRebuild(opts: { userId: string; lessonId: string }): Promise<LessonBuildView> {
  if (!isUuid(opts.lessonId)) throw new AppError("NOT_FOUND", "Lesson not found.");
  const build = await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findFirst({ where: { id: opts.lessonId, ownerId: opts.userId }, select: { id: true, sourceText: true } });
    if (!lesson) throw new AppError("NOT_FOUND", "Lesson not found.");
    await assertNoCorrections(tx, lesson.id);
    const running = await tx.lessonBuild.findFirst({
      where: { lessonId: lesson.id, kind: "rebuild", status: { in: ["QUEUED", "RUNNING"] } },
    });
    if (running) return running;
    const row = await tx.lessonBuild.create({
      data: { userId: opts.userId, kind: "rebuild", lessonId: lesson.id, sourceText: "", characterCount: [...lesson.sourceText].length },
    });
    await enqueueJob(tx, TASK.buildLesson, { buildId: row.id }, { jobKey: `lesson-build:${row.id}`, maxAttempts: MAX_ATTEMPTS });
    return row;
  }, ENQUEUE_TRANSACTION);
  return toLessonBuildView(build);
}
