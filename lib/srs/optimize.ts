// Fit FSRS-6 weights to a user's own review history with @open-spaced-repetition/binding
// (fsrs-rs, native). Server-only in practice (native module), but pure: no DB, no clock.
import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import { checkParameters, default_w, migrateParameters } from "ts-fsrs";
import { AppError } from "@/lib/errors";
import { daysBetweenKeys, studyDayKey } from "@/lib/srs/day-boundary";
import type { RatingValue } from "@/lib/srs/card-state";

/** Below this many reviews the fitted weights are mostly noise (Anki asks for a few hundred too). */
export const MIN_REVIEWS_FOR_OPTIMIZE = 400;

export interface CardHistory {
  cardId: string;
  reviews: { rating: RatingValue; reviewedAt: Date }[];
}

export interface OptimizeOptions {
  timeZone: string;
  dayStartHour: number;
  /** Relearning steps in the user's settings; fsrs-rs clips short-term weights by it. Default 1. */
  numRelearningSteps?: number;
  onProgress?: (fraction: number) => void;
}

export interface OptimizeResult {
  weights: number[];
  logLossBefore: number;
  logLossAfter: number;
  reviewCount: number;
}

/**
 * One FSRS item per review after a card's first: each holds the card's reviews up to and
 * including that one, with delta_t = whole study days since the previous review (0 = same day).
 * Items whose reviews all fall on one study day are left out (the binding cannot take them).
 */
export function historiesToItems(histories: CardHistory[], timeZone: string, dayStartHour: number): FSRSBindingItem[] {
  const items: FSRSBindingItem[] = [];
  for (const { reviews } of histories) {
    const sorted = [...reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const keys = sorted.map((r) => studyDayKey(r.reviewedAt, timeZone, dayStartHour));
    const fsrsReviews = sorted.map(
      (r, i) => new FSRSBindingReview(r.rating, i === 0 ? 0 : daysBetweenKeys(keys[i - 1], keys[i])),
    );
    for (let i = 1; i < fsrsReviews.length; i++) {
      const item = new FSRSBindingItem(fsrsReviews.slice(0, i + 1));
      // fsrs-rs 0.5.0 panics and aborts the whole process on an item without a review on a later day.
      if (item.longTermReviewCnt() > 0) items.push(item);
    }
  }
  return items;
}

/** Weights ts-fsrs 5 accepts: 21 numbers (a 19-number FSRS-5 result is migrated), clipped to its bounds. */
export function toTsFsrsWeights(weights: number[], numRelearningSteps: number): number[] {
  if (weights.length !== 19 && weights.length !== 21) {
    throw new Error(`The optimizer returned ${weights.length} weights; FSRS-6 needs 21`);
  }
  return [...checkParameters(migrateParameters(weights, numRelearningSteps, true))];
}

export async function optimizeWeights(histories: CardHistory[], opts: OptimizeOptions): Promise<OptimizeResult> {
  const reviewCount = histories.reduce((n, h) => n + h.reviews.length, 0);
  if (reviewCount < MIN_REVIEWS_FOR_OPTIMIZE) {
    throw new AppError(
      "INVALID_INPUT",
      `Optimizing needs at least ${MIN_REVIEWS_FOR_OPTIMIZE} reviews; there are ${reviewCount} so far`,
    );
  }
  const numRelearningSteps = opts.numRelearningSteps ?? 1;
  const items = historiesToItems(histories, opts.timeZone, opts.dayStartHour);
  if (items.length === 0) throw notEnoughSpacedReviews();
  const raw = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps,
    // Best effort: on small sets the binding finishes without ever calling this.
    progress: (current, total) => {
      if (total > 0) opts.onProgress?.(Math.min(1, current / total));
    },
  });
  const weights = toTsFsrsWeights(raw, numRelearningSteps);
  const logLossBefore = logLoss([...default_w], items);
  const logLossAfter = logLoss(weights, items);
  opts.onProgress?.(1);
  return { weights, logLossBefore, logLossAfter, reviewCount };
}

function logLoss(weights: number[], items: FSRSBindingItem[]): number {
  try {
    return new FSRSBinding(weights).evaluate(items).logLoss;
  } catch (error) {
    // fsrs-rs reports "NotEnoughData" when too few items have reviews on different days.
    if (String(error).includes("NotEnoughData")) throw notEnoughSpacedReviews();
    throw error;
  }
}

const notEnoughSpacedReviews = () =>
  new AppError("INVALID_INPUT", "Optimizing needs more cards reviewed again on a later day");
