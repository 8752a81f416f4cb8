// The scheduling state of one card and one review, shaped like the DB columns (camelCase,
// null instead of undefined), with lossless converters to and from ts-fsrs objects.
import { createEmptyCard, type Card, type ReviewLog } from "ts-fsrs";

export type CardStateValue = 0 | 1 | 2 | 3; // New, Learning, Review, Relearning (= ts-fsrs State)
export type RatingValue = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy (= ts-fsrs Rating)

export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: Date | null;
}

/** Every field of ts-fsrs 5.4.2's ReviewLog, plus `previousDue` (see below). */
export interface ReviewLogState {
  rating: RatingValue;
  /** State before the review. */
  state: CardStateValue;
  /** ts-fsrs semantics: the card's lastReview before this review, or its due if it was new. */
  due: Date;
  /** Stability, difficulty, scheduledDays and learningSteps are the values BEFORE the review. */
  stability: number;
  difficulty: number;
  /** Days since the previous review, as of this review. */
  elapsedDays: number;
  /** The card's elapsedDays before this review. */
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  /** When the review happened. */
  review: Date;
  /**
   * The card's due before this review. Not in ts-fsrs's log: its rollback restores `due` as the
   * review time, so an exact undo needs the original value stored here.
   */
  previousDue: Date;
}

const copy = (d: Date) => new Date(d.getTime());

export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: CardState): Card {
  return {
    due: copy(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ? copy(card.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): CardState {
  return {
    due: copy(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardStateValue,
    lastReview: card.last_review ? copy(card.last_review) : null,
  };
}

export function toFsrsLog(log: ReviewLogState): ReviewLog {
  return {
    rating: log.rating,
    state: log.state,
    due: copy(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: copy(log.review),
  };
}

export function fromFsrsLog(log: ReviewLog, previousDue: Date): ReviewLogState {
  return {
    rating: log.rating as RatingValue,
    state: log.state as CardStateValue,
    due: copy(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: copy(log.review),
    previousDue: copy(previousDue),
  };
}
