"use client";
import { useEffect, useState } from "react";

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * True once the study day the device's queue belongs to has ended, by the server's clock as the
 * device last measured it (a device clock wrong by hours must not end the day early or late).
 */
export function useDayOver(end: string, clockOffsetMs: number | undefined): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const left = Date.parse(end) - (Date.now() + (clockOffsetMs ?? 0));
    const first = setTimeout(() => setOver(left <= 0), 0);
    const atEnd = left > 0 && left <= MAX_TIMER_MS ? setTimeout(() => setOver(true), left) : undefined;
    return () => {
      clearTimeout(first);
      clearTimeout(atEnd);
    };
  }, [end, clockOffsetMs]);
  return over;
}
