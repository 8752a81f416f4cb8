// What /review stores on the device (IndexedDB) to keep going offline. Plain JSON (ISO strings
// for dates) so it crosses the network and IndexedDB unchanged. No imports of server code.
import type { QueueCard, ReviewQueue } from "@/lib/server/review/build-queue";
import type { CardStateValue } from "@/lib/srs/card-state";
import type { SchedulerSettings } from "@/lib/srs/scheduler";

export interface CardStateJson {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: string | null;
}

export interface ReviewPack {
  userId: string;
  /** Server time when the pack was built: the device's clock offset is measured against it. */
  generatedAt: string;
  queue: ReviewQueue;
  /** FSRS state of each queued card, by card id. */
  states: Record<string, CardStateJson>;
  scheduler: SchedulerSettings;
  /** The study day the queue belongs to, in the learner's own zone. */
  day: { timeZone: string; dayStartHour: number; start: string; end: string };
}

export type Rating = 1 | 2 | 3 | 4;

/** One answer as the server's /api/review/answers takes it; `id` is its idempotency key. */
export interface PendingAnswer {
  id: string;
  cardId: string;
  rating: Rating;
  reviewedAt: string;
  durationMs: number;
  cardVersion: number;
}

export interface AnswerOutcome {
  id: string;
  status: "recorded" | "duplicate" | "stale" | "rejected";
  message?: string;
  /** The card as the server recorded it (its whole scheduling state), when the answer counted. */
  card?: RecordedCard;
}

export type RecordedCard = CardStateJson & { id: string; version: number };

export type { QueueCard, ReviewQueue };
