// Local scheduling for a device without network: the same lib/srs code and settings the server
// uses, so the server's replay of an answer (same card state, rating and reviewedAt) lands on the
// same due date. Loaded lazily by /review (ts-fsrs is not needed for the first card).
import type { CardState } from "@/lib/srs/card-state";
import { answerCard, previewIntervals, type SchedulerSettings } from "@/lib/srs/scheduler";
import type { CardStateJson, QueueCard, RecordedCard } from "@/lib/offline/review-pack";
import type { LocalQueue } from "@/lib/offline/review-store";

export function reviveCardState(s: CardStateJson): CardState {
  return { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}

export function toCardStateJson(s: CardState): CardStateJson {
  return { ...s, due: s.due.toISOString(), lastReview: s.lastReview?.toISOString() ?? null };
}

type Intervals = NonNullable<QueueCard["intervals"]>;

/** The answer buttons' four intervals for a card in this state, as a queue card carries them. */
function intervalsOf(state: CardState, at: Date, settings: SchedulerSettings): Intervals {
  const p = previewIntervals(state, at, settings);
  const iv = (i: { label: string; due: Date }) => ({ label: i.label, due: i.due.toISOString() });
  return { again: iv(p.again), hard: iv(p.hard), good: iv(p.good), easy: iv(p.easy) };
}

/** The four intervals of a card the server sent without them (build-queue.ts previews only the first cards). */
export function previewLocally(state: CardStateJson, at: Date, settings: SchedulerSettings): Intervals {
  return intervalsOf(reviveCardState(state), at, settings);
}

/** The card after this answer: its new state, and the queue entry to show if it comes back today. */
export function scheduleLocally(card: QueueCard, state: CardStateJson, rating: 1 | 2 | 3 | 4, at: Date, settings: SchedulerSettings): { state: CardStateJson; card: QueueCard } {
  const next = answerCard(reviveCardState(state), rating, at, settings).card;
  return {
    state: toCardStateJson(next),
    card: {
      ...card,
      version: card.version + 1,
      state: next.state,
      due: next.due.toISOString(),
      intervals: intervalsOf(next, at, settings),
    },
  };
}

const isLearningState = (state: number) => state === 1 || state === 3;

const stateOf = (r: RecordedCard): CardStateJson => ({
  due: r.due,
  stability: r.stability,
  difficulty: r.difficulty,
  elapsedDays: r.elapsedDays,
  scheduledDays: r.scheduledDays,
  learningSteps: r.learningSteps,
  reps: r.reps,
  lapses: r.lapses,
  state: r.state,
  lastReview: r.lastReview,
});

/**
 * The device's queue after a sync, from the cards as the server recorded them (each answer's and
 * undo's returned card, in order), instead of asking for the whole queue again. A card in the queue
 * takes the server's version, state, due and intervals (the server may have corrected the device's
 * clock); one the server says is not due again today leaves. `missing` counts learning cards due
 * today that the queue does not hold (this device could not schedule them): the caller rebuilds then.
 */
export function adoptRecorded(queue: LocalQueue, recorded: RecordedCard[], now: Date, settings: SchedulerSettings): { queue: LocalQueue; missing: number } {
  const last = new Map(recorded.map((r) => [r.id, r]));
  const states = { ...queue.states };
  const dayEnd = Date.parse(queue.day.end);
  const held = new Set(queue.cards.map((c) => c.id));
  let missing = 0;
  for (const r of last.values()) {
    states[r.id] = stateOf(r);
    if (!held.has(r.id) && isLearningState(r.state) && Date.parse(r.due) < dayEnd) missing++;
  }
  const cards = queue.cards.flatMap((c): QueueCard[] => {
    const r = last.get(c.id);
    if (!r) return [c];
    if (Date.parse(r.due) >= dayEnd) return [];
    return [{ ...c, version: r.version, state: r.state, due: r.due, intervals: previewLocally(states[c.id], now, settings) }];
  });
  return { queue: { ...queue, cards, states }, missing };
}
