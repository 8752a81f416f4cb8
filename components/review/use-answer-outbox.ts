"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnswerOutcome, PendingAnswer } from "./types";

const BATCH = 50;
const MAX_BACKOFF_MS = 30_000;

// Answers leave the screen at once and are sent here in the background, oldest first. A network
// failure or a server error is retried with the same ids (the server ignores duplicates), and the
// queue survives a reload in localStorage, so an answer given offline is not lost.
export function useAnswerOutbox(userId: string, onOutcome: (outcome: AnswerOutcome, answer: PendingAnswer) => void, onFatal: (message: string) => void) {
  // Per user, so answers left by one account are never sent with another's session.
  const storageKey = `review-outbox-v1:${userId}`;
  const pending = useRef<PendingAnswer[]>([]);
  const sending = useRef(false);
  const idleWaiters = useRef<(() => void)[]>([]);
  const [count, setCount] = useState(0);
  const [offline, setOffline] = useState(false);
  const handlers = useRef({ onOutcome, onFatal });
  useEffect(() => {
    handlers.current = { onOutcome, onFatal };
  }, [onOutcome, onFatal]);

  const save = useCallback(() => {
    setCount(pending.current.length);
    try {
      localStorage.setItem(storageKey, JSON.stringify(pending.current));
    } catch {
      // private mode or full storage: the in-memory queue still works
    }
  }, [storageKey]);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    let backoff = 1000;
    while (pending.current.length > 0) {
      const batch = pending.current.slice(0, BATCH);
      let res: Response | null = null;
      try {
        res = await fetch("/api/review/answers", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ answers: batch }),
        });
      } catch {
        res = null;
      }
      if (!res || res.status >= 500 || res.status === 429) {
        setOffline(true);
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        continue;
      }
      setOffline(false);
      backoff = 1000;
      const sent = new Set(batch.map((a) => a.id));
      if (res.ok) {
        const { results } = (await res.json()) as { results: AnswerOutcome[] };
        for (const r of results) handlers.current.onOutcome(r, batch.find((a) => a.id === r.id)!);
      } else {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        handlers.current.onFatal(res.status === 401 ? "You have been signed out; sign in again to save your answers." : (body?.error?.message ?? `The server refused the answers (${res.status}).`));
        if (res.status === 401) break; // keep them for after signing in
      }
      pending.current = pending.current.filter((a) => !sent.has(a.id));
      save();
    }
    sending.current = false;
    if (pending.current.length === 0) for (const w of idleWaiters.current.splice(0)) w();
  }, [save]);

  useEffect(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? "[]") as PendingAnswer[];
      if (Array.isArray(stored) && stored.length > 0) {
        pending.current = [...stored, ...pending.current];
        save();
        void flush();
      }
    } catch {
      // unreadable leftovers: ignore
    }
  }, [flush, save, storageKey]);

  const enqueue = useCallback(
    (answer: PendingAnswer) => {
      pending.current.push(answer);
      save();
      void flush();
    },
    [flush, save],
  );

  /** Takes an answer back before it was sent; false if it is already on its way. */
  const withdraw = useCallback(
    (id: string) => {
      const at = pending.current.findIndex((a) => a.id === id);
      if (at < 0 || (sending.current && at < BATCH)) return false;
      pending.current.splice(at, 1);
      save();
      return true;
    },
    [save],
  );

  const whenIdle = useCallback(() => {
    if (pending.current.length === 0 && !sending.current) return Promise.resolve();
    return new Promise<void>((resolve) => idleWaiters.current.push(resolve));
  }, []);

  const pendingCardIds = useCallback(() => new Set(pending.current.map((a) => a.cardId)), []);

  return useMemo(() => ({ enqueue, withdraw, whenIdle, pendingCardIds, pendingCount: count, offline }), [enqueue, withdraw, whenIdle, pendingCardIds, count, offline]);
}
