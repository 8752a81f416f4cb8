import "server-only";
import { Worker } from "node:worker_threads";
import type { BuildStage, LessonDraft } from "@/lib/text/build-lesson";
import type { BuilderMessage, BuilderRequest } from "./lesson-builder-thread";
import type { WarmUp } from "./warm-up";

// One long-lived builder thread per worker process: the dictionaries load once (1–2 s) and stay
// warm. Builds queue up in it one at a time, which is what two cores can afford anyway.
let thread: Worker | null = null;
let nextId = 1;
/** Resolves when the current thread has warmed up (lesson-builder-thread.ts), with what it did. */
let warm: Promise<WarmUp> | null = null;
let warmed: ((w: WarmUp) => void) | null = null;
/** Resolves when the current thread has worked out the commonest words too (warm-up.ts). */
let vocabulary: Promise<VocabularyWarmUp> | null = null;
let vocabularyDone: ((v: VocabularyWarmUp) => void) | null = null;

export interface VocabularyWarmUp {
  /** Warm-up texts built (0 with LESSON_WARM_WORDS=0). */
  texts: number;
  /** Time spent building them (jobs that came between not counted). */
  ms: number;
}
const pending = new Map<number, { resolve: (d: LessonDraft) => void; reject: (e: Error) => void; onStage: (s: BuildStage, f: number) => void }>();

function builder(): Worker {
  if (thread) return thread;
  const worker = new Worker(new URL("./lesson-builder-thread.mjs", import.meta.url));
  worker.unref();
  warm = new Promise((resolve) => (warmed = resolve));
  vocabulary = new Promise((resolve) => (vocabularyDone = resolve));
  worker.on("message", (m: BuilderMessage) => {
    if (m.type === "warm") return warmed?.(m.warmUp);
    if (m.type === "vocabulary") return vocabularyDone?.({ texts: m.texts, ms: m.ms });
    const job = pending.get(m.id);
    if (!job) return;
    if (m.type === "stage") return job.onStage(m.stage, m.fraction);
    pending.delete(m.id);
    if (m.type === "done") job.resolve(m.draft);
    else job.reject(new Error(m.message));
  });
  // A crashed thread fails the builds it held (the job queue retries them) and is replaced on next use.
  const fail = (e: Error) => {
    thread = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(e);
    }
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the lesson builder thread exited (code ${code})`)));
  thread = worker;
  return worker;
}

export function buildLessonInThread(text: string, opts: { title?: string; onStage: (stage: BuildStage, fraction: number) => void }): Promise<LessonDraft> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, onStage: opts.onStage });
    const w = builder();
    w.ref();
    const request: BuilderRequest = { id, text, title: opts.title };
    w.postMessage(request);
  }).finally(() => {
    if (pending.size === 0) thread?.unref();
  }) as Promise<LessonDraft>;
}

/**
 * Starts the builder thread now, so it warms up (dictionaries, model, compiled code) before the
 * first import rather than during it; the worker calls this when it starts. Resolves when warm.
 */
export function warmLessonBuilder(): Promise<WarmUp> {
  builder();
  return warm!;
}

/** Starts the builder thread if need be; resolves when it has also warmed up the commonest words. */
export function lessonBuilderVocabulary(): Promise<VocabularyWarmUp> {
  builder();
  return vocabulary!;
}

/** Stops the builder thread (worker shutdown, tests). */
export async function stopLessonBuilder(): Promise<void> {
  const t = thread;
  thread = null;
  await t?.terminate();
}
