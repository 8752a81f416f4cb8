// Runs in a worker thread of the worker process (lib/server/jobs/build-in-thread.ts): the pipeline
// is synchronous CPU work (seconds for 200,000 characters), so on the main thread it would stop
// the process from writing progress, renewing job locks and beating its heartbeat meanwhile.
import { parentPort } from "node:worker_threads";
import { buildLesson, type BuildStage } from "@/lib/text/build-lesson";
import { vocabularyTexts, warmUpLessonBuilder, warmWordsSetting, type WarmUp } from "./warm-up";

export type BuilderRequest = { id: number; text: string; title?: string };
export type BuilderMessage =
  | { id: number; type: "stage"; stage: BuildStage; fraction: number }
  | { id: number; type: "done"; draft: ReturnType<typeof buildLesson> }
  | { id: number; type: "error"; message: string }
  | { id: 0; type: "warm"; warmUp: WarmUp }
  | { id: 0; type: "vocabulary"; texts: number; ms: number };

const REPORT_EVERY_MS = 100;
const port = parentPort!;

// Before the first job (one that arrives meanwhile waits for this: the thread is busy).
port.postMessage({ id: 0, type: "warm", warmUp: warmUpLessonBuilder() } satisfies BuilderMessage);

// Then the commonest words, one short text (~0.1 s) at a time, each followed by a pause as long as
// it took: half a core at most, so a small machine's web server and database keep the other half
// while a worker starts. A job that arrives meanwhile runs next, with the caches as warm as they
// are by then.
// The word list itself (reading and sorting the tag table, ~0.5 s) is made on the first turn
// too, not before the thread listens for jobs.
let vocabulary: string[] = [];
let vocabularyWork = 0;
const warmNext = (k: number) => {
  if (k === 0) vocabulary = vocabularyTexts(warmWordsSetting());
  if (k >= vocabulary.length) {
    port.postMessage({ id: 0, type: "vocabulary", texts: vocabulary.length, ms: vocabularyWork } satisfies BuilderMessage);
    return;
  }
  const start = performance.now();
  buildLesson(vocabulary[k]);
  const took = performance.now() - start;
  vocabularyWork += took;
  setTimeout(warmNext, Math.min(1000, took), k + 1);
};
setImmediate(warmNext, 0);

port.on("message", (req: BuilderRequest) => {
  let lastStage: BuildStage | null = null;
  let lastReport = 0;
  const send = (m: BuilderMessage) => port.postMessage(m);
  try {
    const draft = buildLesson(req.text, {
      title: req.title,
      onStage: (stage, done, total) => {
        const now = Date.now();
        if (stage === lastStage && now - lastReport < REPORT_EVERY_MS) return;
        lastStage = stage;
        lastReport = now;
        send({ id: req.id, type: "stage", stage, fraction: total > 0 ? done / total : 0 });
      },
    });
    send({ id: req.id, type: "done", draft });
  } catch (e) {
    send({ id: req.id, type: "error", message: e instanceof Error ? e.message : String(e) });
  }
});
