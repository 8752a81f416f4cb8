"use client";
import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { CardStateJson, QueueCard, ReviewPack } from "@/lib/offline/review-pack";
// The device store and the sync code load after the first card is on screen (not in first-load JS).
import type { LocalQueue, ReviewStore } from "@/lib/offline/review-store";
import { AnswerBar, QueueProgress } from "./answer-bar";
import { CardView } from "./card-view";
import { holdCard, holdCardScript, markAnswersWaiting, markSyncedIfSettled, releaseCard, shouldHoldCard, takeEarlyReveal } from "./hold-card";
import { fromPack, isLearning, LEARN_AHEAD_MS, nextWaiting, pickNext, studyDayEnd, withoutAnswered } from "./local-queue";
import { ReviewSummary, type SessionStats } from "./review-summary";
import { speak } from "./speak";
import { SyncStatus } from "./sync-status";
import type { PendingAnswer, Rating } from "./types";
import { useDayOver } from "./use-day-over";
import { useIntervals } from "./use-intervals";
import { useOutboxSync } from "./use-outbox-sync";

/** This tab's id, kept across its reloads (sessionStorage is per tab): Undo takes back this tab's answers. */
let fallbackTab: string | null = null;
function reviewTabId(): string {
  try {
    let id = sessionStorage.getItem("review-tab");
    if (!id) {
      id = crypto.randomUUID();
      sessionStorage.setItem("review-tab", id);
    }
    return id;
  } catch {
    return (fallbackTab ??= crypto.randomUUID());
  }
}

// Started while the page hydrates, not after: the first card waits for the device's queue.
const storeModule = typeof window === "undefined" ? null : import("@/lib/offline/review-store");

// The device's copy of the queue is the one on screen: answers are scheduled locally (lib/srs, the
// learner's own settings) and queued in IndexedDB, so reviewing goes on without network; after a
// sync the queue is rebuilt from the server's pack, which is the source of truth.
export function ReviewSession({ userId, initial, showPinyin, toneColors, nonce }: { userId: string; initial: ReviewPack; showPinyin: boolean; toneColors: boolean; nonce?: string }) {
  const [queue, setQueue] = useState<LocalQueue>(() => fromPack(initial, [], [], null, Date.parse(initial.generatedAt)));
  const [currentId, setCurrentId] = useState<string | null>(() => pickNext(initial.queue.cards, Date.parse(initial.generatedAt))?.id ?? null);
  const [store, setStore] = useState<ReviewStore | null>(null);
  // The page's own card shows before the device's queue is read only when nothing answered here
  // can be missing from it (hold-card.ts): a page kept by the service worker, or one rendered
  // while answers waited to sync, may start with a card already answered on this device.
  const [loaded, setLoaded] = useState(false);
  const answeredHere = useRef(0);
  useLayoutEffect(() => {
    if (shouldHoldCard(userId, initial.generatedAt)) holdCard(); // a client-side navigation (the inline script ran on a full load)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page load
  }, []);
  useLayoutEffect(() => {
    if (loaded) releaseCard();
  }, [loaded]);
  const waitingHere = useCallback(() => {
    answeredHere.current++;
    markAnswersWaiting(userId);
  }, [userId]);
  const [revealed, setRevealed] = useState(false);
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, again: 0, timeMs: 0 });
  const [notices, setNotices] = useState<string[]>([]);
  const [clock, setClock] = useState(0);
  const shownAt = useRef(0);
  const queueRef = useRef(queue);
  // Writes to the device happen one after another, in the order the learner acted.
  const work = useRef<Promise<unknown>>(Promise.resolve());
  const current = queue.cards.find((c) => c.id === currentId) ?? null;
  const intervals = useIntervals(current, queue);
  const currentIdRef = useRef(currentId);
  useEffect(() => {
    currentIdRef.current = currentId;
  }, [currentId]);

  const notice = useCallback((m: string) => setNotices((n) => (n.includes(m) ? n : [...n, m])), []);

  const commit = useCallback(
    (next: LocalQueue, show?: string | null) => {
      queueRef.current = next;
      setQueue(next);
      if (show !== undefined) {
        setCurrentId(show);
        setRevealed(false);
      }
      if (store) work.current = work.current.then(() => store.putQueue(next));
    },
    [store],
  );

  const rebuild = useCallback(async () => {
    if (!store) return;
    const res = await fetch("/api/review/pack", { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const pack = (await res.json()) as ReviewPack;
    const receivedAt = Date.now();
    await work.current;
    // Two rebuilds in flight (the network back, a sync, the day over): a pack older than the one
    // already on screen must not replace it.
    if (Date.parse(queueRef.current.basedOn) > Date.parse(pack.generatedAt)) return;
    const next = fromPack(pack, await store.ops(), await store.history(), queueRef.current.lastSyncedAt, receivedAt);
    const id = currentIdRef.current;
    if (!id || !next.cards.some((c) => c.id === id)) {
      setCurrentId(pickNext(next.cards, Date.now())?.id ?? null);
      setRevealed(false);
    }
    queueRef.current = next;
    setQueue(next);
    await store.putQueue(next);
  }, [store]);

  const sync = useOutboxSync(store, {
    onNotice: notice,
    onSynced: (report) => {
      const seen = answeredHere.current;
      if (store) void markSyncedIfSettled(userId, Date.now() + (queueRef.current.clockOffsetMs ?? 0), async () => (seen === answeredHere.current ? store.countOps() : 1));
      // The server returned each answered card: the queue goes on from those, without asking for
      // the whole queue again. It is rebuilt from the server only when the two disagree (an answer
      // not counted, a card this device could not schedule), when it ran out, or on a new study day.
      work.current = work.current.then(async () => {
        const { adoptRecorded } = await import("@/lib/offline/local-schedule");
        // Answers given since this sync started are ahead of what the server returned: adopt next time.
        const settled = store ? (await store.countOps()) === 0 : true;
        const q = queueRef.current;
        const { queue: adopted, missing } = settled ? adoptRecorded(q, report.recorded, new Date(), q.scheduler) : { queue: q, missing: 0 };
        const synced = { ...adopted, lastSyncedAt: Date.now() };
        commit(synced);
        const id = currentIdRef.current;
        if (!id || !synced.cards.some((c) => c.id === id)) setCurrentId(pickNext(synced.cards, Date.now())?.id ?? null);
        if (report.conflicts > 0 || report.refused.length > 0 || missing > 0 || synced.cards.length === 0 || Date.now() >= Date.parse(synced.day.end)) void rebuild();
      });
    },
  });

  // Open the device store: keep the server's queue if it is newer than the device's copy, else
  // (a page served by the service worker while offline) go on from the device's copy.
  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        const { ReviewStore } = await (storeModule ?? import("@/lib/offline/review-store"));
        const opened = await ReviewStore.open(userId);
        const [local, ops, history] = await Promise.all([opened.getQueue(), opened.ops(), opened.history()]);
        if (!alive) return;
        if (ops.length) markAnswersWaiting(userId);
        const fresh = !local || local.basedOn < initial.generatedAt;
        let next = fresh ? fromPack(initial, ops, history, local?.lastSyncedAt ?? null, Date.now()) : withoutAnswered(local, history);
        // Offline, the page (and its pack) came from the service worker's cache, received at some
        // earlier visit, not now: its age would read as a device clock hours slow (and a study day
        // that ended while offline as not over). The device's last measured offset stands.
        if (fresh && local?.clockOffsetMs !== undefined && navigator.onLine === false) next = { ...next, clockOffsetMs: local.clockOffsetMs };
        queueRef.current = next;
        setQueue(next);
        setCurrentId((id) => (id && next.cards.some((c) => c.id === id) ? id : (pickNext(next.cards, Date.now())?.id ?? null)));
        sync.setLastSyncedAt(next.lastSyncedAt);
        if (next !== local) await opened.putQueue(next);
        if (!opened.durable) notice("This browser does not let us keep answers on the device (private mode?): they are saved while you are online, and kept only until this tab closes.");
        setStore(opened);
      } catch {
        if (alive) notice("This page could not open its answer store, so answers cannot be saved. Reload the page (online) to go on.");
      } finally {
        // Even if the device store cannot load (a chunk missing offline), show the page's own queue.
        if (alive) setLoaded(true);
      }
    })();
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page load
  }, [userId]);

  // The study day ended while this queue was on the device (offline overnight, or a tab left open):
  // fetch the new day's queue now, or as soon as the network is back.
  const dayOver = useDayOver(queue.day.end, queue.clockOffsetMs);
  useEffect(() => {
    if (!dayOver || !store) return;
    void rebuild();
    const onOnline = () => void rebuild();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [dayOver, store, rebuild]);

  // Two tabs on one device: a card answered in one leaves the other's queue at once, and comes
  // back to both when the answer makes it due again today (each tab writes the device's queue).
  const tabs = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel !== "function") return;
    const channel = new BroadcastChannel(`review-answered:${userId}`);
    channel.onmessage = (e: MessageEvent<{ cardId?: string; back?: QueueCard; state?: CardStateJson }>) => {
      const { cardId: gone, back, state } = e.data ?? {};
      const q = queueRef.current;
      if (back && state) {
        const next = { ...q, states: { ...q.states, [back.id]: state }, cards: [...q.cards.filter((c) => c.id !== back.id), back] };
        queueRef.current = next;
        setQueue(next);
        setCurrentId((id) => id ?? pickNext(next.cards, Date.now())?.id ?? null);
        return;
      }
      if (!gone) return;
      const next = { ...q, cards: q.cards.filter((c) => c.id !== gone) };
      queueRef.current = next;
      setQueue(next);
      if (currentIdRef.current === gone) {
        setCurrentId(pickNext(next.cards, Date.now())?.id ?? null);
        setRevealed(false);
      }
    };
    tabs.current = channel;
    return () => channel.close();
  }, [userId]);

  // A grade given in the moment between hydration and the device store opening is kept and
  // applied as soon as the store is there (to the same card), rather than dropped.
  const earlyGrade = useRef<{ cardId: string; rating: Rating } | null>(null);
  const answer = useCallback(
    (rating: Rating) => {
      if (!current || !revealed) return;
      if (!store) {
        earlyGrade.current = { cardId: current.id, rating };
        return;
      }
      const now = Date.now();
      const durationMs = Math.min(86_400_000, Math.max(0, now - shownAt.current)); // the API refuses more than a day
      const pending: PendingAnswer = { id: crypto.randomUUID(), cardId: current.id, rating, reviewedAt: new Date(now).toISOString(), durationMs, cardVersion: current.version };
      waitingHere();
      const before = queueRef.current;
      const state = before.states[current.id] ?? null;
      const rest = before.cards.filter((c) => c.id !== current.id);
      commit({ ...before, cards: rest }, pickNext(rest, now)?.id ?? null);
      setStats((s) => ({ reviewed: s.reviewed + 1, again: s.again + (rating === 1 ? 1 : 0), timeMs: s.timeMs + durationMs }));
      tabs.current?.postMessage({ cardId: current.id });
      work.current = work.current.then(async () => {
        await store.addOp({ kind: "answer", answer: pending, userId });
        markAnswersWaiting(userId); // again: another tab's sync may have marked "synced" since (hold-card.ts)
        await store.pushHistory({ answerId: pending.id, at: now, card: current, state, rating, durationMs, tab: reviewTabId() });
        void sync.changed();
        if (!store.durable) notice("Device storage is full or unavailable: answers are kept in this tab until they are sent.");
        if (!state) return;
        // The same scheduler as the server: a learning card comes back today, with its new intervals.
        const { scheduleLocally } = await import("@/lib/offline/local-schedule");
        const next = scheduleLocally(current, state, rating, new Date(now), queueRef.current.scheduler);
        const q = queueRef.current;
        // (After the rollover, offline, a learning card comes back within the new study day.)
        const comesBack = isLearning(next.card) && Date.parse(next.card.due) < studyDayEnd(q.day, now + (q.clockOffsetMs ?? 0));
        const updated = { ...q, states: { ...q.states, [current.id]: next.state }, cards: comesBack ? [...q.cards.filter((c) => c.id !== current.id), next.card] : q.cards };
        queueRef.current = updated;
        setQueue(updated);
        setCurrentId((id) => id ?? pickNext(updated.cards, Date.now())?.id ?? null);
        if (comesBack) tabs.current?.postMessage({ back: next.card, state: next.state });
        await store.putQueue(updated);
      });
    },
    [current, revealed, store, userId, commit, sync, notice, waitingHere],
  );

  useEffect(() => {
    const early = earlyGrade.current;
    if (!store || !early) return;
    earlyGrade.current = null;
    if (current?.id === early.cardId) answer(early.rating);
  }, [store, current, answer]);

  const undo = useCallback(async () => {
    if (!store) return;
    waitingHere();
    await work.current;
    const { withOutboxLock } = await import("@/lib/offline/sync-outbox");
    // Under the outbox lock: an answer still waiting is simply taken out; one already sent gets an
    // undo queued after it, which the server applies only if that card was not answered again since.
    const entry = await withOutboxLock(userId, async () => {
      const last = await store.popHistory(reviewTabId());
      if (!last) return null;
      const waiting = (await store.ops()).find((o) => o.kind === "answer" && o.answer.id === last.answerId);
      if (waiting) await store.deleteOps([waiting.seq!]);
      else await store.addOp({ kind: "undo", answerId: last.answerId, userId });
      markAnswersWaiting(userId); // again, as after an answer (hold-card.ts)
      return last;
    });
    if (!entry) return notice("Nothing to undo.");
    const q = queueRef.current;
    const states = { ...q.states };
    if (entry.state) states[entry.card.id] = entry.state;
    commit({ ...q, states, cards: [entry.card, ...q.cards.filter((c) => c.id !== entry.card.id)] }, entry.card.id);
    setStats((s) => ({ reviewed: Math.max(0, s.reviewed - 1), again: Math.max(0, s.again - (entry.rating === 1 ? 1 : 0)), timeMs: Math.max(0, s.timeMs - entry.durationMs) }));
    void sync.changed();
  }, [store, userId, commit, sync, notice, waitingHere]);

  const suspend = useCallback(async () => {
    if (!current) return;
    const res = await fetch("/api/review/suspend", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cardId: current.id }) }).catch(() => null);
    if (!res?.ok) return notice("Could not suspend the card (suspending needs a connection).");
    const rest = queueRef.current.cards.filter((c) => c.id !== current.id);
    commit({ ...queueRef.current, cards: rest }, pickNext(rest, Date.now())?.id ?? null);
    notice("Card suspended. Find it again under Notes.");
  }, [current, commit, notice]);

  // Answers kept only in this tab (no IndexedDB, or the device is full) are lost with it: say so.
  const onlyHere = !!store && !store.durable && sync.waiting > 0;
  useEffect(() => {
    if (!onlyHere) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [onlyHere]);

  // A new card is on screen: start its clock, and speak it if it is a listening card.
  const frontAudio = current?.front.audioText;
  useEffect(() => {
    shownAt.current = Date.now();
    if (frontAudio) speak(frontAudio);
  }, [currentId, frontAudio]);

  // Learning cards due later today: show the next one when it is within learn-ahead.
  const waitingDue = current ? null : nextWaiting(queue.cards);
  useEffect(() => {
    if (!waitingDue) return;
    const wait = Math.max(1000, Date.parse(waitingDue) - Date.now() - LEARN_AHEAD_MS);
    if (wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => {
      setClock((c) => c + 1);
      setCurrentId((id) => id ?? pickNext(queueRef.current.cards, Date.now())?.id ?? null);
    }, wait);
    return () => clearTimeout(timer);
  }, [waitingDue, clock]);

  // "Show answer" pressed before hydration (holdCardScript kept it): applied once, on mount.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (takeEarlyReveal()) setRevealed(true);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  // Attached before paint (a layout effect): once a card or its answer is on screen, the keys act on
  // it. With a plain effect, a key pressed right after the next card appeared went to the previous
  // card's handler (revealed: Space did nothing) and was lost.
  useLayoutEffect(() => {
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

  const signInHref = "/signin?callbackUrl=%2Freview";
  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <QueueProgress cards={queue.cards} />
        <button type="button" onClick={() => void undo()} className="min-h-11 rounded-md border border-stone-300 px-4 text-sm hover:bg-stone-100" aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
      </div>
      <SyncStatus state={sync.state} waiting={sync.waiting} lastSyncedAt={sync.lastSyncedAt} durable={store?.durable ?? true} signInHref={signInHref} />
      {dayOver ? (
        <p role="status" data-testid="day-over" className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          A new study day has begun. Today&apos;s cards load when you are back online; until then you can go on with the cards on this device.
        </p>
      ) : null}
      {notices.map((n) => (
        <p key={n} role="status" className="mb-3 flex items-start justify-between gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {n}
          <button type="button" onClick={() => setNotices((all) => all.filter((x) => x !== n))} aria-label="Dismiss" className="-my-2 -mr-2 min-h-11 min-w-11">
            ×
          </button>
        </p>
      ))}
      {/* eslint-disable-next-line react/no-danger -- our own script: a UUID and a number, no text from anyone (hold-card.ts) */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: holdCardScript(userId, initial.generatedAt) }} />
      {current ? (
        <div data-review-card="">
          <article
            className="min-h-[12rem] cursor-pointer rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-10"
            onClick={() => setRevealed(true)}
            aria-label="Card"
            data-card-id={current.id}
          >
            <CardView card={current} revealed={revealed} showPinyin={showPinyin} toneColors={toneColors} />
          </article>
          <div className="mt-1 flex justify-center gap-2 text-sm">
            <Link href={`/notes/${current.noteId}`} className="inline-flex min-h-11 items-center px-3 text-stone-600 underline hover:text-stone-900">
              Edit note
            </Link>
            <button type="button" onClick={() => void suspend()} className="min-h-11 px-3 text-stone-600 underline hover:text-stone-900">
              Suspend
            </button>
          </div>
          <AnswerBar intervals={intervals} revealed={revealed} onReveal={() => setRevealed(true)} onAnswer={answer} />
          <div className="h-28 sm:hidden" aria-hidden />
        </div>
      ) : (
        <ReviewSummary stats={stats} nextDue={nextWaiting(queue.cards) ?? queue.nextLearningDue ?? queue.nextDue} />
      )}
    </div>
  );
}
