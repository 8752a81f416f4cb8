"use client";
import { useCallback, useSyncExternalStore } from "react";

const isChinese = (v: SpeechSynthesisVoice) => /^zh([-_]CN)?/i.test(v.lang);

function subscribe(onChange: () => void) {
  if (!("speechSynthesis" in window)) return () => {};
  speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => speechSynthesis.removeEventListener("voiceschanged", onChange);
}

/** True once the browser has a Chinese voice (voices load asynchronously in Chrome). */
function available(): boolean {
  return "speechSynthesis" in window && speechSynthesis.getVoices().some(isChinese);
}

export function useSpeech(): ((text: string) => void) | null {
  const ok = useSyncExternalStore(subscribe, available, () => false);
  const speak = useCallback((text: string) => {
    const voices = speechSynthesis.getVoices();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "zh-CN";
    utterance.voice = voices.find((v) => v.lang === "zh-CN") ?? voices.find(isChinese) ?? null;
    utterance.rate = 0.9;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  }, []);
  return ok ? speak : null;
}
