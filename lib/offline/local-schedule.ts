// Local scheduling for a device without network: the same lib/srs code and settings the server
// uses, so the server's replay of an answer (same card state, rating and reviewedAt) lands on the
// same due date. Loaded lazily by /review (ts-fsrs is not needed for the first card).
import type { CardState } from "@/lib/srs/card-state";
import { answerCard, previewIntervals, type SchedulerSettings } from "@/lib/srs/scheduler";
import type { CardStateJson, QueueCard } from "@/lib/offline/review-pack";

export function reviveCardState(s: CardStateJson): CardState {
  return { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}

export function toCardStateJson(s: CardState): CardStateJson {
  return { ...s, due: s.due.toISOString(), lastReview: s.lastReview?.toISOString() ?? null };
}

/** The card after this answer: its new state, and the queue entry to show if it comes back today. */
export function scheduleLocally(card: QueueCard, state: CardStateJson, rating: 1 | 2 | 3 | 4, at: Date, settings: SchedulerSettings): { state: CardStateJson; card: QueueCard } {
  const next = answerCard(reviveCardState(state), rating, at, settings).card;
  const p = previewIntervals(next, at, settings);
  const iv = (i: { label: string; due: Date }) => ({ label: i.label, due: i.due.toISOString() });
  return {
    state: toCardStateJson(next),
    card: {
      ...card,
      version: card.version + 1,
      state: next.state,
      due: next.due.toISOString(),
      intervals: { again: iv(p.again), hard: iv(p.hard), good: iv(p.good), easy: iv(p.easy) },
    },
  };
}
