"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * An instant in the reader's own time zone. The server cannot know it, so the first render
 * (server and hydration) shows UTC, and the browser then swaps in its local time.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  const text = inBrowser
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
    : `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
