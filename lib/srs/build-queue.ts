// The day's study queue, built from plain data so it can be tested without a database.
//
// Order: learning/relearning cards due within the learn-ahead window (by due), then review cards
// due before the study day ends (by due, capped), then new cards in note save order (capped).
// Choices, after Anki:
// - Learning cards due more than LEARN_AHEAD_MS from now are left out (they are not counted
//   either); `nextLearningDue` tells the caller when to rebuild the queue for them.
// - Learning cards are never capped and never buried: one of them is usually the very card that
//   put its note into `buriedNoteIds`.
// - One note at a time: a note that has a card reviewed today (buriedNoteIds) or a learning card
//   in the queue contributes no new or review card; otherwise it contributes at most one (its
//   earliest-due review card, else its first new card in CARD_TYPES order). Its other cards
//   come on later days.
import { CARD_TYPES, type CardType } from "@/lib/srs/card-types";
import type { CardStateValue } from "@/lib/srs/card-state";

export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueCandidate {
  id: string;
  noteId: string;
  type: CardType;
  state: CardStateValue;
  due: Date;
  createdAt: Date;
  /** The note's save order; lower is older. */
  ordinal: number;
}

export interface BuildQueueInput {
  now: Date;
  /** Start of the current study day (studyDayStart); not needed for ordering, kept for callers' symmetry. */
  dayStart: Date;
  /** Start of the next study day (nextStudyDayStart): reviews due before it are due today. */
  dayEnd: Date;
  /** The user's unsuspended, unburied cards that are new or due before dayEnd. */
  cards: QueueCandidate[];
  doneToday: { newCount: number; reviewCount: number };
  /** Notes with a card reviewed today. */
  buriedNoteIds: ReadonlySet<string>;
  limits: { newPerDay: number; reviewsPerDay: number };
}

export interface DailyQueue {
  counts: { new: number; learning: number; review: number };
  cards: QueueCandidate[];
  /** Earliest due of a learning card left out because it is due later today; null if none. */
  nextLearningDue: Date | null;
}

const typeRank = (t: CardType) => CARD_TYPES.indexOf(t);
const byId = (a: QueueCandidate, b: QueueCandidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDue = (a: QueueCandidate, b: QueueCandidate) =>
  a.due.getTime() - b.due.getTime() || a.ordinal - b.ordinal || typeRank(a.type) - typeRank(b.type) || byId(a, b);
const bySaveOrder = (a: QueueCandidate, b: QueueCandidate) =>
  a.ordinal - b.ordinal ||
  typeRank(a.type) - typeRank(b.type) ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  byId(a, b);

const isLearning = (c: QueueCandidate) => c.state === 1 || c.state === 3;

export function buildDailyQueue(input: BuildQueueInput): DailyQueue {
  const { now, dayEnd, cards, doneToday, buriedNoteIds, limits } = input;
  const learnAheadUntil = now.getTime() + LEARN_AHEAD_MS;

  const learningToday = cards.filter((c) => isLearning(c) && c.due.getTime() < dayEnd.getTime());
  const learning = learningToday.filter((c) => c.due.getTime() <= learnAheadUntil).sort(byDue);
  const later = learningToday.filter((c) => c.due.getTime() > learnAheadUntil).map((c) => c.due.getTime());

  const taken = new Set(buriedNoteIds);
  for (const c of learningToday) taken.add(c.noteId);

  const take = (candidates: QueueCandidate[], limit: number) => {
    const picked: QueueCandidate[] = [];
    for (const c of candidates) {
      if (picked.length >= limit) break;
      if (taken.has(c.noteId)) continue;
      taken.add(c.noteId);
      picked.push(c);
    }
    return picked;
  };

  const reviews = take(
    cards.filter((c) => c.state === 2 && c.due.getTime() < dayEnd.getTime()).sort(byDue),
    Math.max(0, limits.reviewsPerDay - doneToday.reviewCount),
  );
  const fresh = take(
    cards.filter((c) => c.state === 0).sort(bySaveOrder),
    Math.max(0, limits.newPerDay - doneToday.newCount),
  );

  return {
    counts: { new: fresh.length, learning: learning.length, review: reviews.length },
    cards: [...learning, ...reviews, ...fresh],
    nextLearningDue: later.length > 0 ? new Date(Math.min(...later)) : null,
  };
}
