"use client";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { WordStatusLegend } from "./word-status-legend";
import styles from "./word-status.module.css";

const KEY = "newscards.reader.word-status.v1";
const CHANGED = "newscards-word-status";
const NOTE_SAVED = "newscards-note-saved";

/** Called when the popover saved a word: the statuses in the text and the counts are re-read. */
export function announceNoteSaved(): void {
  window.dispatchEvent(new Event(NOTE_SAVED));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function read(): boolean {
  try {
    return localStorage.getItem(KEY) !== "off";
  } catch {
    return true; // storage blocked: shown
  }
}

/**
 * Shows or hides the word-status underlines of everything inside (the reader's tokens carry
 * data-status), with the legend and its switch. The choice is kept in the browser.
 */
export function WordStatusFrame({ children }: { children: React.ReactNode }) {
  const on = useSyncExternalStore(subscribe, read, () => true);
  const router = useRouter();
  useEffect(() => {
    const refresh = () => router.refresh();
    window.addEventListener(NOTE_SAVED, refresh);
    return () => window.removeEventListener(NOTE_SAVED, refresh);
  }, [router]);
  const toggle = useCallback(() => {
    try {
      localStorage.setItem(KEY, on ? "off" : "on");
    } catch {}
    window.dispatchEvent(new Event(CHANGED));
  }, [on]);
  return (
    <div className={styles.frame} data-word-status={on ? "on" : "off"}>
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600">
        <button
          type="button"
          aria-pressed={on}
          onClick={toggle}
          className={`rounded-full border px-3 py-1 text-sm ${on ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
        >
          Word status
        </button>
        {on ? <WordStatusLegend /> : null}
      </div>
      {children}
    </div>
  );
}
