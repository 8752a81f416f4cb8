import "server-only";
import { isAppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { buildLessonInThread } from "@/lib/server/jobs/build-in-thread";
import { log } from "@/lib/server/log";
import { translateDraft } from "@/lib/text/attach-translation";
import type { BuildStage, LessonDraft } from "@/lib/text/build-lesson";
import { insertLesson, insertSentences, STORE_TRANSACTION } from "./create-lesson";
import { assertNoCorrections } from "./lesson-corrections";

const PROGRESS_EVERY_MS = 250;

/**
 * The `build-lesson` job. Safe to run again after any failure or a crash at any point: the build
 * row is locked and re-checked in the transaction that stores the result, so a lesson is created
 * (or re-built) at most once per build, and nothing is visible before that transaction commits.
 * Throws on a transient failure so the queue retries; `finalAttempt` marks the build FAILED instead.
 */
export async function runLessonBuild(opts: { buildId: string; finalAttempt: boolean }): Promise<void> {
  const { buildId } = opts;
  const build = await db.lessonBuild.findUnique({ where: { id: buildId } });
  if (!build || build.status === "DONE" || build.status === "FAILED") return;
  // Conditional, so an attempt that started while another was storing never turns DONE back into RUNNING.
  const claimed = await db.lessonBuild.updateMany({
    where: { id: buildId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "RUNNING", stage: "cleaning", progress: 0, attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return;
  try {
    const source = build.kind === "rebuild"
      ? await rebuildSource(build.lessonId)
      : { text: build.sourceText, title: build.title ?? undefined, english: build.english };
    if (!source) return void (await finish(buildId, { status: "FAILED", error: "The lesson was deleted before it could be re-built." }));
    const progress = progressWriter(buildId);
    const draft = await buildLessonInThread(source.text, { title: source.title, onStage: progress.report });
    await progress.flush();
    await db.lessonBuild.updateMany({ where: { id: buildId, status: "RUNNING" }, data: { stage: "saving", progress: 0 } });
    await store(buildId, draft, source.english);
  } catch (e) {
    log.warn({ buildId, err: e instanceof Error ? e.message : String(e), finalAttempt: opts.finalAttempt }, "lesson build failed");
    if (isAppError(e) || opts.finalAttempt) {
      const error = isAppError(e) ? e.message : "Building the lesson failed. Please try again; if it keeps failing, tell us which text it was.";
      await finish(buildId, { status: "FAILED", error });
      return;
    }
    await db.lessonBuild.updateMany({ where: { id: buildId, status: "RUNNING" }, data: { status: "QUEUED", error: null } }).catch(() => {});
    throw e;
  }
}

/** A re-build aligns the new sentences again with the lesson's stored English sentences. */
async function rebuildSource(lessonId: string | null): Promise<{ text: string; title: string; english: string | null } | null> {
  if (!lessonId) return null;
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { sourceText: true, title: true, englishSentences: true } });
  return lesson ? { text: lesson.sourceText, title: lesson.title, english: lesson.englishSentences.join("\n") || null } : null;
}

async function store(buildId: string, draft: LessonDraft, english: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "LessonBuild" WHERE id = ${buildId}::uuid FOR UPDATE`;
    if (!locked || locked.status === "DONE" || locked.status === "FAILED") return; // another attempt finished it
    const build = await tx.lessonBuild.findUniqueOrThrow({ where: { id: buildId } });
    let lessonId = build.lessonId;
    if (build.kind === "rebuild") {
      if (!lessonId) throw new Error("rebuild without a lesson");
      await assertNoCorrections(tx, lessonId); // corrected while the build ran: fail it, keep the lesson
      const translated = translateDraft(draft, english);
      await tx.sentence.deleteMany({ where: { lessonId } });
      await insertSentences(tx, lessonId, draft, translated.sentences);
      await tx.lesson.update({
        where: { id: lessonId },
        data: {
          dateline: draft.dateline,
          tokenCount: draft.stats.tokens,
          characterCount: draft.stats.characters,
          hskProfile: draft.stats.hskProfile,
          droppedLines: draft.dropped as unknown as object[],
          englishSentences: translated.englishSentences,
        },
      });
    } else {
      const lesson = await insertLesson(tx, { ownerId: build.userId, sourceText: build.sourceText, draft, visibility: build.visibility, english });
      lessonId = lesson.id;
    }
    // The lesson keeps the source text; the build row need not hold a second copy.
    await tx.lessonBuild.update({
      where: { id: buildId },
      data: { status: "DONE", stage: null, progress: 1, lessonId, sourceText: "", english: null, error: null, finishedAt: new Date() },
    });
  }, STORE_TRANSACTION);
}

function finish(buildId: string, data: { status: "FAILED"; error: string }) {
  return db.lessonBuild.updateMany({ where: { id: buildId, status: { not: "DONE" } }, data: { ...data, finishedAt: new Date() } });
}

/** Writes stage progress at most every PROGRESS_EVERY_MS, in order, never blocking the build. */
function progressWriter(buildId: string) {
  let last = 0;
  let lastStage: BuildStage | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    report(stage: BuildStage, fraction: number) {
      const now = Date.now();
      if (stage === lastStage && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      lastStage = stage;
      chain = chain.then(() => db.lessonBuild.updateMany({ where: { id: buildId, status: "RUNNING" }, data: { stage, progress: fraction } })).catch(() => {});
    },
    flush: () => chain,
  };
}
