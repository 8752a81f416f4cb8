"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerBar, QueueProgress } from "./answer-bar";
import { CardView } from "./card-view";
import { ReviewSummary, type SessionStats } from "./review-summary";
import { speak } from "./speak";
import { RATINGS, type AnswerOutcome, type PendingAnswer, type QueueCard, type Rating, type ReviewQueue } from "./types";
import { useAnswerOutbox } from "./use-answer-outbox";

const LEARN_AHEAD_MS = 20 * 60_000;
const REFILL_BELOW = 3;
const isLearning = (c: QueueCard) => c.state === 1 || c.state === 3;

/** Learning cards that are due first, then the queue's order, then (learn-ahead) the earliest learning card. */
function pickNext(cards: QueueCard[], now: number): number {
  if (cards.length === 0) return -1;
  const dueLearning = cards.map((c, i) => [c, i] as const).filter(([c]) => isLearning(c) && Date.parse(c.due) <= now);
  if (dueLearning.length) return dueLearning.sort(([a], [b]) => Date.parse(a.due) - Date.parse(b.due))[0][1];
  const other = cards.findIndex((c) => !isLearning(c));
  if (other >= 0) return other;
  return cards.map((c, i) => [c, i] as const).sort(([a], [b]) => Date.parse(a.due) - Date.parse(b.due))[0][1];
}

interface Answered {
  card: QueueCard;
  answerId: string;
  rating: Rating;
  durationMs: number;
}

export function ReviewSession({ userId, initial, showPinyin, toneColors }: { userId: string; initial: ReviewQueue; showPinyin: boolean; toneColors: boolean }) {
  const [cards, setCards] = useState<QueueCard[]>(() => {
    const at = pickNext(initial.cards, Date.now());
    return at < 0 ? [] : [initial.cards[at], ...initial.cards.filter((_, i) => i !== at)];
  });
  const current = cards[0] ?? null;
  const [revealed, setRevealed] = useState(false);
  const shownAt = useRef(0);
  const [nextDue, setNextDue] = useState(initial.nextDue);
  const [learningDue, setLearningDue] = useState(initial.nextLearningDue);
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, again: 0, timeMs: 0 });
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const history = useRef<Answered[]>([]);

  const onOutcome = useCallback((o: AnswerOutcome) => {
    if (o.status === "stale" || o.status === "rejected") setNotice(`One answer was not saved: ${o.message ?? o.status}`);
  }, []);
  const outbox = useAnswerOutbox(userId, onOutcome, setNotice);

  // The server is the source of truth for what is due: re-read the queue once pending answers are saved.
  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await outbox.whenIdle();
      const res = await fetch("/api/review/queue", { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      const queue = (await res.json()) as ReviewQueue;
      const pending = outbox.pendingCardIds();
      setNextDue(queue.nextDue);
      setLearningDue(queue.nextLearningDue);
      setCards((local) => {
        const shown = local[0];
        const fresh = queue.cards.filter((c) => c.id !== shown?.id && !pending.has(c.id));
        if (shown) return [shown, ...fresh];
        const at = pickNext(fresh, Date.now());
        return at < 0 ? [] : [fresh[at], ...fresh.filter((_, i) => i !== at)];
      });
    } catch {
      setNotice("Could not load more cards; check your connection.");
    } finally {
      setRefreshing(false);
    }
  }, [outbox]);

  const showNext = useCallback((rest: QueueCard[]) => {
    const at = pickNext(rest, Date.now());
    setCards(at < 0 ? [] : [rest[at], ...rest.filter((_, i) => i !== at)]);
    setRevealed(false);
  }, []);

  const answer = useCallback(
    (rating: Rating) => {
      if (!current || !revealed) return;
      const now = Date.now();
      const durationMs = Math.min(86_400_000, Math.max(0, now - shownAt.current)); // the API refuses more than a day
      const pending: PendingAnswer = { id: crypto.randomUUID(), cardId: current.id, rating, reviewedAt: new Date(now).toISOString(), durationMs, cardVersion: current.version };
      outbox.enqueue(pending);
      history.current.push({ card: current, answerId: pending.id, rating, durationMs });
      setStats((s) => ({ reviewed: s.reviewed + 1, again: s.again + (rating === 1 ? 1 : 0), timeMs: s.timeMs + durationMs }));
      const rest = cards.slice(1);
      showNext(rest);
      const comesBack = Date.parse(current.intervals[RATINGS[rating - 1].key].due) - now <= LEARN_AHEAD_MS;
      if (comesBack || rest.length < REFILL_BELOW) void refresh();
    },
    [current, revealed, cards, outbox, showNext, refresh],
  );

  const undo = useCallback(async () => {
    const last = history.current.pop();
    if (!last) return setNotice("Nothing to undo.");
    const restore = (card: QueueCard) => {
      setCards((local) => [card, ...local.filter((c) => c.id !== card.id)]);
      setRevealed(false);
      setStats((s) => ({ reviewed: s.reviewed - 1, again: s.again - (last.rating === 1 ? 1 : 0), timeMs: s.timeMs - last.durationMs }));
    };
    if (outbox.withdraw(last.answerId)) return restore(last.card);
    await outbox.whenIdle();
    const res = await fetch("/api/review/undo", { method: "POST" }).catch(() => null);
    if (!res) return setNotice("Could not undo: no connection.");
    const body = (await res.json().catch(() => ({}))) as { card?: { id: string; version: number }; error?: { message: string } };
    if (!res.ok || !body.card) return setNotice(body.error?.message ?? "Could not undo.");
    restore({ ...last.card, version: body.card.version });
  }, [outbox]);

  const suspend = useCallback(async () => {
    if (!current) return;
    showNext(cards.slice(1));
    const res = await fetch("/api/review/suspend", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cardId: current.id }) }).catch(() => null);
    setNotice(res?.ok ? "Card suspended. Find it again under Notes." : "Could not suspend the card.");
  }, [current, cards, showNext]);

  // A new card is on screen: start its clock, and speak it if it is a listening card.
  const currentId = current?.id;
  const frontAudio = current?.front.audioText;
  useEffect(() => {
    shownAt.current = Date.now();
    if (frontAudio) speak(frontAudio);
  }, [currentId, frontAudio]);

  // Learning cards due later in the session: come back for them when they are due.
  useEffect(() => {
    if (current || refreshing || !learningDue) return;
    const wait = Date.parse(learningDue) - Date.now() - LEARN_AHEAD_MS;
    if (wait > 60 * 60_000) return;
    const timer = setTimeout(() => void refresh(), Math.max(1000, wait));
    return () => clearTimeout(timer);
  }, [current, refreshing, learningDue, refresh]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        void undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || !current) return;
      if ((e.key === " " || e.key === "Enter") && !revealed) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        answer(Number(e.key) as Rating);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, revealed, answer, undo]);

  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <QueueProgress cards={cards} />
        <div className="flex items-center gap-2 text-sm">
          {outbox.pendingCount > 0 ? <span className="text-stone-500">{outbox.offline ? "Offline, will retry…" : "Saving…"}</span> : null}
          <button type="button" onClick={() => void undo()} className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100" aria-keyshortcuts="Control+Z Meta+Z">
            Undo
          </button>
        </div>
      </div>
      {notice ? (
        <p role="status" className="mb-4 flex items-start justify-between gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss" className="px-1">
            ×
          </button>
        </p>
      ) : null}
      {current ? (
        <>
          <article
            className="min-h-[16rem] cursor-pointer rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-10"
            onClick={() => setRevealed(true)}
            aria-label="Card"
            data-card-id={current.id}
          >
            <CardView card={current} revealed={revealed} showPinyin={showPinyin} toneColors={toneColors} />
          </article>
          <div className="mt-3 flex justify-center gap-4 text-sm">
            <Link href={`/notes/${current.noteId}`} className="text-stone-600 underline hover:text-stone-900">
              Edit note
            </Link>
            <button type="button" onClick={() => void suspend()} className="text-stone-600 underline hover:text-stone-900">
              Suspend
            </button>
          </div>
          <AnswerBar card={current} revealed={revealed} onReveal={() => setRevealed(true)} onAnswer={answer} />
          <div className="h-28 sm:hidden" aria-hidden />
        </>
      ) : refreshing || outbox.pendingCount > 0 ? (
        <p className="py-16 text-center text-stone-500">Saving your answers…</p>
      ) : (
        <ReviewSummary stats={stats} nextDue={nextDue} />
      )}
    </div>
  );
}
