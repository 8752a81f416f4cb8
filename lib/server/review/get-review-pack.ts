import "server-only";
import { db } from "@/lib/server/db";
import { toCardState } from "@/lib/server/cards/card-row";
import { buildQueueForUser } from "@/lib/server/review/build-queue";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import type { ReviewPack } from "@/lib/offline/review-pack";

/**
 * The day's queue plus what a device needs to go on reviewing without the network: each card's
 * FSRS state and the user's scheduler settings, so lib/srs can schedule answers locally exactly
 * as the server will when it replays them.
 */
export async function getReviewPack(opts: { userId: string; now: Date }): Promise<ReviewPack> {
  const { userId, now } = opts;
  const [queue, settings] = await Promise.all([buildQueueForUser({ userId, now }), getSchedulingSettings({ userId })]);
  const ids = queue.cards.map((c) => c.id);
  const rows = ids.length
    ? await db.card.findMany({
        where: { userId, id: { in: ids } },
        select: { id: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true },
      })
    : [];
  const states = Object.fromEntries(
    rows.map((r) => {
      const s = toCardState(r);
      return [r.id, { ...s, due: s.due.toISOString(), lastReview: s.lastReview?.toISOString() ?? null }];
    }),
  );
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
