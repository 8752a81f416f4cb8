"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewStore } from "@/lib/offline/review-store";
import type { SyncReport } from "@/lib/offline/sync-outbox";

export type SyncState = "idle" | "syncing" | SyncReport["status"];

const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

// The conflict rule, in the learner's words (README "Offline review"): when a card was answered
// on another device before this device's answer reached the server, the other answer counts.
export function conflictMessage(n: number): string {
  return n === 1
    ? "One answer given here was not counted: that card had already been reviewed on another device or tab, and the first answer to reach us counts."
    : `${n} answers given here were not counted: those cards had already been reviewed on another device or tab, and the first answer to reach us counts.`;
}

/**
 * Drives syncOutbox: at once when something is queued, again when the browser says it is back
 * online, with backoff while the server is unreachable, and from another tab's nudge. `onSynced`
 * runs after the outbox has been emptied by a sync that sent something.
 */
export function useOutboxSync(store: ReviewStore | null, opts: { onSynced: (report: SyncReport) => void; onNotice: (message: string) => void }) {
  const [state, setState] = useState<SyncState>("idle");
  const [waiting, setWaiting] = useState(0);
  const [lastSyncedAt, setLastSyncedAt] = useState<number | null>(null);
  const running = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<() => void>(() => {});
  const handlers = useRef(opts);
  useEffect(() => {
    handlers.current = opts;
  });

  const recount = useCallback(async () => {
    if (store) setWaiting(await store.countOps());
  }, [store]);

  const sync = useCallback(async () => {
    if (!store) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    if (timer.current) clearTimeout(timer.current);
    setState("syncing");
    // Runs started while one was going add up: every answer's returned card reaches onSynced.
    let report: SyncReport = { status: "done", sent: 0, conflicts: 0, refused: [], recorded: [] };
    do {
      again.current = false;
      const { syncOutbox } = await import("@/lib/offline/sync-outbox");
      const run = await syncOutbox(store);
      report = { status: run.status, sent: report.sent + run.sent, conflicts: report.conflicts + run.conflicts, refused: [...report.refused, ...run.refused], recorded: [...report.recorded, ...run.recorded] };
      await recount();
    } while (again.current && report.status === "done");
    running.current = false;
    setState(report.status === "done" ? "idle" : report.status);
    if (report.conflicts > 0) handlers.current.onNotice(conflictMessage(report.conflicts));
    for (const message of new Set(report.refused)) handlers.current.onNotice(`Not saved: ${message}`);
    if (report.status === "done") {
      failures.current = 0;
      if (report.sent > 0) {
        setLastSyncedAt(Date.now());
        handlers.current.onSynced(report);
      }
    } else if (report.status !== "signed-out") {
      // Offline or server trouble: try again later; the 'online' event may come sooner.
      const wait = RETRY_MS[Math.min(failures.current++, RETRY_MS.length - 1)];
      timer.current = setTimeout(() => retry.current(), wait);
    }
  }, [store, recount]);
  useEffect(() => {
    retry.current = () => void sync();
  }, [sync]);

  useEffect(() => {
    if (!store) return;
    const first = setTimeout(() => void sync(), 0);
    const onOnline = () => {
      failures.current = 0;
      void sync();
    };
    const onVisible = () => document.visibilityState === "visible" && void sync();
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    // Another tab queued or sent something: recount, and send if this tab can.
    const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(`review-outbox:${store.userId}`) : null;
    if (channel) channel.onmessage = () => void recount();
    return () => {
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      channel?.close();
      clearTimeout(first);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [store, recount, sync]);

  const changed = useCallback(async () => {
    await recount();
    if (store && typeof BroadcastChannel === "function") {
      const channel = new BroadcastChannel(`review-outbox:${store.userId}`);
      channel.postMessage("changed");
      channel.close();
    }
    void sync();
  }, [store, recount, sync]);

  return useMemo(() => ({ state, waiting, lastSyncedAt, setLastSyncedAt, sync, changed }), [state, waiting, lastSyncedAt, sync, changed]);
}
