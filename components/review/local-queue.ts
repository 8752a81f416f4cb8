// Pure helpers for the queue a device holds: which card to show next, and a queue rebuilt from a
// server pack without the cards whose answers are still waiting in the outbox.
import type { HistoryEntry, LocalQueue, OutboxOp } from "@/lib/offline/review-store";
import type { QueueCard, ReviewPack } from "@/lib/offline/review-pack";
import { LEARN_AHEAD_MS } from "@/lib/srs/build-queue";

// Learning cards due within LEARN_AHEAD_MS are shown now rather than waited for: the server's rule (lib/srs).
export { LEARN_AHEAD_MS } from "@/lib/srs/build-queue";
export const isLearning = (c: QueueCard) => c.state === 1 || c.state === 3;

/** Learning cards that are due first, then the queue's order, then a learning card due within learn-ahead. */
export function pickNext(cards: QueueCard[], now: number, exclude?: string): QueueCard | null {
  const open = cards.filter((c) => c.id !== exclude);
  const byDue = (a: QueueCard, b: QueueCard) => Date.parse(a.due) - Date.parse(b.due);
  const dueLearning = open.filter((c) => isLearning(c) && Date.parse(c.due) <= now).sort(byDue);
  if (dueLearning.length) return dueLearning[0];
  const other = open.find((c) => !isLearning(c));
  if (other) return other;
  const soon = open.filter((c) => Date.parse(c.due) <= now + LEARN_AHEAD_MS).sort(byDue);
  return soon[0] ?? null;
}

/** The earliest learning card still waiting (not within learn-ahead yet), for the summary and a timer. */
export function nextWaiting(cards: QueueCard[]): string | null {
  const due = cards.filter(isLearning).map((c) => Date.parse(c.due));
  return due.length ? new Date(Math.min(...due)).toISOString() : null;
}

/**
 * A queue from a server pack, without the cards this device has answered that the pack does not
 * know about yet: answers still in the outbox, and answers given to the very version of the card
 * the pack holds (a pack built before the answer reached the server, e.g. a page the service
 * worker kept). Versions, not clocks, decide: a device's clock may be wrong by hours.
 */
export function fromPack(pack: ReviewPack, ops: OutboxOp[], history: HistoryEntry[], lastSyncedAt: number | null, receivedAt: number): LocalQueue {
  const pending = new Set(ops.flatMap((o) => (o.kind === "answer" ? [o.answer.cardId] : [])));
  const answered = answeredVersions(history);
  return {
    userId: pack.userId,
    basedOn: pack.generatedAt,
    cards: pack.queue.cards.filter((c) => !pending.has(c.id) && (answered.get(c.id) ?? -1) < c.version),
    states: pack.states,
    scheduler: pack.scheduler,
    day: pack.day,
    nextDue: pack.queue.nextDue,
    nextLearningDue: pack.queue.nextLearningDue,
    lastSyncedAt,
    clockOffsetMs: Date.parse(pack.generatedAt) - receivedAt,
  };
}

function answeredVersions(history: HistoryEntry[]): Map<string, number> {
  const answered = new Map<string, number>();
  for (const h of history) answered.set(h.card.id, Math.max(answered.get(h.card.id) ?? -1, h.card.version));
  return answered;
}

/**
 * The device's stored queue without cards answered here at the version it holds. Two tabs write
 * the same stored queue, so one tab's copy can still hold a card the other tab answered; a card
 * that came back after a local answer carries a higher version and stays.
 */
export function withoutAnswered(q: LocalQueue, history: HistoryEntry[]): LocalQueue {
  const answered = answeredVersions(history);
  const cards = q.cards.filter((c) => (answered.get(c.id) ?? -1) < c.version);
  return cards.length === q.cards.length ? q : { ...q, cards };
}

const DAY_MS = 86_400_000;

/**
 * The end of the study day `serverNow` falls in, from the day the device's queue belongs to: that
 * day's end while it lasts, else moved on by whole days (offline past the rollover, the device
 * goes on in the new day until the server's pack arrives; a DST change may shift it by an hour).
 */
export function studyDayEnd(day: { end: string }, serverNow: number): number {
  const end = Date.parse(day.end);
  return end > serverNow ? end : end + Math.ceil((serverNow - end + 1) / DAY_MS) * DAY_MS;
}
