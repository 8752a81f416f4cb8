import "server-only";
import { buildQueueWithStates } from "@/lib/server/review/build-queue";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import type { ReviewPack } from "@/lib/offline/review-pack";
import { toCardStateJson } from "@/lib/offline/local-schedule";

/**
 * The day's queue plus what a device needs to go on reviewing without the network: each card's
 * FSRS state and the user's scheduler settings, so lib/srs can schedule answers locally exactly
 * as the server will when it replays them.
 */
export async function getReviewPack(opts: { userId: string; now: Date }): Promise<ReviewPack> {
  const { userId, now } = opts;
  // The card states come from the rows the queue was chosen from: no second read.
  const { queue, states: cardStates, settings } = await buildQueueWithStates({ userId, now });
  const states = Object.fromEntries(Object.entries(cardStates).map(([id, s]) => [id, toCardStateJson(s)]));
  return {
    userId,
    generatedAt: now.toISOString(),
    queue,
    states,
    scheduler: {
      desiredRetention: settings.desiredRetention,
      maximumInterval: settings.maximumInterval,
      learningSteps: settings.learningSteps,
      relearningSteps: settings.relearningSteps,
      enableFuzz: settings.enableFuzz,
      weights: settings.weights,
    },
    day: {
      timeZone: settings.timeZone,
      dayStartHour: settings.dayStartHour,
      start: studyDayStart(now, settings.timeZone, settings.dayStartHour).toISOString(),
      end: nextStudyDayStart(now, settings.timeZone, settings.dayStartHour).toISOString(),
    },
  };
}
