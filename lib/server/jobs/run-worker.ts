import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { EventEmitter } from "node:events";
import { Logger, run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import { cleanRateLimits } from "@/lib/server/auth/clean-rate-limits";
import { db } from "@/lib/server/db";
import { runLessonBuild } from "@/lib/server/lessons/run-lesson-build";
import { log } from "@/lib/server/log";
import { runOptimizerJob } from "@/lib/server/optimizer/run-optimizer-job";
import { lessonBuilderVocabulary, stopLessonBuilder, warmLessonBuilder } from "./build-in-thread";
import { TASK } from "./job-queue";
import { beat, deadAfterMs, releaseJobsOfDeadWorkers } from "./worker-heartbeat";


const tasks: TaskList = {
  [TASK.buildLesson]: async (payload, helpers) => {
    const { buildId } = payload as { buildId: string };
    await runLessonBuild({ buildId, finalAttempt: helpers.job.attempts >= helpers.job.max_attempts });
  },
  [TASK.optimizeSchedule]: async (payload) => {
    const { jobId, userId } = payload as { jobId: string; userId: string };
    await runOptimizerJob({ jobId, userId });
  },
  [TASK.cleanRateLimits]: async () => {
    const removed = await cleanRateLimits(new Date());
    if (removed > 0) log.info({ removed }, "removed expired rate-limit rows");
  },
};

/** Hourly clean-up; graphile-worker's cron runs each slot once across all workers. */
const CRONTAB = `0 * * * * ${TASK.cleanRateLimits}`;

const graphileLogger = new Logger((scope) => (level, message, meta) => {
  const line = { scope: "graphile-worker", job: scope.taskIdentifier, jobId: scope.jobId, ...(meta ?? {}) };
  if (level === "error") log.error(line, message);
  else if (level === "warning") log.warn(line, message);
  else if (level === "info") log.info(line, message);
  else log.debug(line, message);
});

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
}

/**
 * Starts the job runner in this process: graphile-worker with our tasks and cron, plus a heartbeat
 * row (/api/health) that also lets the next worker release the jobs of one that died.
 */
export async function startWorker(opts: { connectionString: string; concurrency?: number; handleSignals?: boolean }): Promise<WorkerHandle> {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const workerIds = new Set<string>();
  await releaseJobsOfDeadWorkers(opts.connectionString);
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the pool's name (or a worker's, depending on the version): record both.
  events.on("pool:create", ({ workerPool }) => void workerIds.add(workerPool.id));
  events.on("worker:create", ({ worker }) => void workerIds.add(worker.workerId));
  const runner: Runner = await run({
    events,
    connectionString: opts.connectionString,
    concurrency: opts.concurrency ?? Number(process.env.WORKER_CONCURRENCY ?? 2),
    taskList: tasks,
    crontab: CRONTAB,
    logger: graphileLogger,
    noHandleSignals: !opts.handleSignals,
    pollInterval: 1000,
    maxPoolSize: 4,
  });
  await beat(id, [...workerIds]);
  const timer = setInterval(() => {
    void beat(id, [...workerIds]).catch((e) => log.warn({ err: String(e) }, "worker heartbeat failed"));
    void releaseJobsOfDeadWorkers(opts.connectionString, id).catch(() => {});
  }, Math.min(10_000, deadAfterMs() / 3));
  log.info({ workerId: id }, "worker started");
  // The builder thread warms up in the background; a build that comes first waits for it.
  void warmLessonBuilder().then((w) => log.info({ ms: Math.round(w.ms), chars: w.chars }, "lesson builder warm"));
  void lessonBuilderVocabulary().then((v) => log.info({ ms: Math.round(v.ms), texts: v.texts }, "lesson builder vocabulary warm"));
  return {
    id,
    async stop() {
      clearInterval(timer);
      await runner.stop();
      await stopLessonBuilder();
      await db.workerHeartbeat.deleteMany({ where: { id } }).catch(() => {});
    },
  };
}
