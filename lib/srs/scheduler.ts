// Pure FSRS scheduling on CardState: preview the four answers, answer, undo. `now` is always an
// argument; with enableFuzz the randomness is seeded from the card and the review time, so a
// preview and the answer given right after it agree.
import {
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type FSRS,
  type Grade,
  type StepUnit,
} from "ts-fsrs";
import { AppError } from "@/lib/errors";
import { formatInterval } from "@/lib/srs/interval-label";
import { isStep, type SchedulingSettings } from "@/lib/srs/settings";
import {
  fromFsrsCard,
  fromFsrsLog,
  toFsrsCard,
  toFsrsLog,
  type CardState,
  type RatingValue,
  type ReviewLogState,
} from "@/lib/srs/card-state";

export type { ReviewLogState } from "@/lib/srs/card-state";

export type SchedulerSettings = Pick<
  SchedulingSettings,
  "desiredRetention" | "maximumInterval" | "learningSteps" | "relearningSteps" | "enableFuzz" | "weights"
>;

export interface IntervalPreview {
  due: Date;
  intervalMs: number;
  label: string;
}

export interface AnswerPreview {
  again: IntervalPreview;
  hard: IntervalPreview;
  good: IntervalPreview;
  easy: IntervalPreview;
}

export interface AnswerResult {
  card: CardState;
  log: ReviewLogState;
}

const CACHE_LIMIT = 100;
const cache = new Map<string, FSRS>();

function steps(values: string[], label: string): StepUnit[] {
  for (const v of values) {
    if (!isStep(v)) throw new AppError("INVALID_INPUT", `Invalid ${label} step "${v}"`);
  }
  return values as StepUnit[];
}

/**
 * An FSRS instance for these settings, cached by their values (building one migrates and clips
 * the weights). Shared: never change its `parameters`.
 */
export function createScheduler(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumInterval,
    settings.learningSteps,
    settings.relearningSteps,
    settings.enableFuzz,
    settings.weights,
  ]);
  const cached = cache.get(key);
  if (cached) return cached;
  const scheduler = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.enableFuzz,
      enable_short_term: true,
      learning_steps: steps(settings.learningSteps, "learning"),
      relearning_steps: steps(settings.relearningSteps, "relearning"),
      w: settings.weights ?? undefined,
    }),
  );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, scheduler);
  return scheduler;
}

function checkNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new AppError("INVALID_INPUT", "Invalid review time");
  }
}

const DAY_MS = 86_400_000;

// ts-fsrs keeps hard < good < easy by pushing good and easy one day past the cap; Anki lets the
// maximum interval win, and so do we.
function capInterval(card: Card, now: Date, maximumInterval: number): Card {
  if (card.state !== State.Review || card.scheduled_days <= maximumInterval) return card;
  return { ...card, scheduled_days: maximumInterval, due: new Date(now.getTime() + maximumInterval * DAY_MS) };
}

export function previewIntervals(card: CardState, now: Date, settings: SchedulerSettings): AnswerPreview {
  checkNow(now);
  const preview = createScheduler(settings).repeat(toFsrsCard(card), now);
  const item = (grade: Grade): IntervalPreview => {
    const { due } = capInterval(preview[grade].card, now, settings.maximumInterval);
    const intervalMs = due.getTime() - now.getTime();
    return { due, intervalMs, label: formatInterval(intervalMs) };
  };
  return {
    again: item(Rating.Again),
    hard: item(Rating.Hard),
    good: item(Rating.Good),
    easy: item(Rating.Easy),
  };
}

export function answerCard(
  card: CardState,
  rating: RatingValue,
  now: Date,
  settings: SchedulerSettings,
): AnswerResult {
  if (![1, 2, 3, 4].includes(rating)) {
    throw new AppError("INVALID_INPUT", "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
  }
  checkNow(now);
  const result = createScheduler(settings).next(toFsrsCard(card), now, rating as Grade);
  const next = capInterval(result.card, now, settings.maximumInterval);
  return { card: fromFsrsCard(next), log: fromFsrsLog(result.log, card.due) };
}

/** The card exactly as it was before the review that produced `log`. */
export function undoAnswer(cardAfter: CardState, log: ReviewLogState, settings: SchedulerSettings): CardState {
  const previous = fromFsrsCard(createScheduler(settings).rollback(toFsrsCard(cardAfter), toFsrsLog(log)));
  return { ...previous, due: new Date(log.previousDue.getTime()) };
}
