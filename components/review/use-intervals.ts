"use client";
import { useEffect, useState } from "react";
import type { LocalQueue } from "@/lib/offline/review-store";
import type { QueueCard } from "./types";

type Intervals = NonNullable<QueueCard["intervals"]>;

/**
 * The answer buttons' intervals for the card on screen: the server's when it sent them (the first
 * cards of a queue), else previewed here from the card's FSRS state and the learner's settings,
 * with the same lib/srs code (loaded lazily, as for answering offline). Null until then.
 */
export function useIntervals(card: QueueCard | null, queue: LocalQueue): Intervals | null {
  const [computed, setComputed] = useState<{ id: string; version: number; intervals: Intervals } | null>(null);
  const state = card && !card.intervals ? queue.states[card.id] : undefined;
  const scheduler = queue.scheduler;
  useEffect(() => {
    if (!card || !state) return;
    let alive = true;
    void import("@/lib/offline/local-schedule").then(({ previewLocally }) => {
      if (alive) setComputed({ id: card.id, version: card.version, intervals: previewLocally(state, new Date(), scheduler) });
    });
    return () => {
      alive = false;
    };
  }, [card, state, scheduler]);
  if (!card) return null;
  if (card.intervals) return card.intervals;
  return computed && computed.id === card.id && computed.version === card.version ? computed.intervals : null;
}
