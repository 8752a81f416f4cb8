"use client";
import { useCallback, useMemo, useSyncExternalStore } from "react";

export interface ReaderPrefs {
  pinyin: boolean;
  tones: boolean;
  sandhi: boolean;
  /** Every sentence's English shown under it (a tap on "EN" shows one). */
  english: boolean;
  /** Show the other script (traditional for a simplified lesson, simplified for a traditional one). */
  otherScript: boolean;
}

const KEY = "newscards.reader.v1";
const CHANGED = "newscards-reader-prefs";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the defaults apply
  }
}

/** Display switches kept in localStorage; the user's settings are the defaults until they toggle. */
export function useReaderPrefs(defaults: { pinyin: boolean; tones: boolean }) {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const prefs = useMemo<ReaderPrefs>(() => {
    const base: ReaderPrefs = { pinyin: defaults.pinyin, tones: defaults.tones, sandhi: true, english: false, otherScript: false };
    try {
      const saved = raw ? (JSON.parse(raw) as Partial<ReaderPrefs>) : {};
      for (const k of ["pinyin", "tones", "sandhi", "english", "otherScript"] as const) if (typeof saved[k] === "boolean") base[k] = saved[k];
    } catch {}
    return base;
  }, [raw, defaults.pinyin, defaults.tones]);

  const toggle = useCallback(
    (key: keyof ReaderPrefs) => {
      try {
        localStorage.setItem(KEY, JSON.stringify({ ...prefs, [key]: !prefs[key] }));
      } catch {}
      window.dispatchEvent(new Event(CHANGED));
    },
    [prefs],
  );
  return { prefs, toggle };
}
