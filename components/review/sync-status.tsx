"use client";
import { useEffect, useState } from "react";
import type { SyncState } from "./use-outbox-sync";

const plural = (n: number) => `${n} answer${n === 1 ? "" : "s"}`;

export function syncedAgo(at: number, now: number): string {
  const min = Math.floor((now - at) / 60_000);
  if (min < 1) return "synced just now";
  if (min < 60) return `synced ${min} min ago`;
  const h = Math.floor(min / 60);
  return `synced ${h} h ago`;
}

/** "3 answers waiting to sync", "synced 2 min ago": what the device still owes the server. */
export function SyncStatus({ state, waiting, lastSyncedAt, durable, signInHref }: { state: SyncState; waiting: number; lastSyncedAt: number | null; durable: boolean; signInHref: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [lastSyncedAt, waiting]);

  let text: string | null = null;
  if (waiting > 0) {
    const reasons: Record<SyncState, string | null> = { offline: "offline", "server-error": "the server is busy, retrying", "signed-out": "signed out", syncing: "sending", idle: null, done: null };
    const reason = reasons[state];
    text = `${plural(waiting)} waiting to sync${reason ? ` (${reason})` : ""}${durable ? "" : "; kept in this tab only"}`;
  } else if (state === "offline") {
    text = "Offline: answers will sync when you are back online";
  } else if (lastSyncedAt !== null && now !== null) {
    text = `All answers ${syncedAgo(lastSyncedAt, now)}`;
  }
  return (
    <p className="mb-3 min-h-5 text-sm text-stone-600" role="status" data-testid="sync-status">
      {text}
      {waiting > 0 && state === "signed-out" ? (
        <>
          {" "}
          <a href={signInHref} className="font-medium text-brand-700 underline">
            Sign in to send them
          </a>
        </>
      ) : null}
    </p>
  );
}
