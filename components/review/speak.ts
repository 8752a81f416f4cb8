import { useSyncExternalStore } from "react";

const isChinese = (v: SpeechSynthesisVoice) => /^(zh|cmn|yue)/i.test(v.lang);

function subscribe(onChange: () => void): () => void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}

/** Whether this browser can read Chinese aloud (voices load late: it updates when they arrive). The server assumes yes. */
export function useChineseVoice(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => "speechSynthesis" in window && window.speechSynthesis.getVoices().some(isChinese),
    () => true,
  );
}

/** Reads Chinese aloud with the browser's own voice (no network); silently does nothing without one. */
export function speak(text: string): void {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || !text) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "zh-CN";
  utterance.rate = 0.9;
  const voice = window.speechSynthesis.getVoices().find(isChinese);
  if (voice) utterance.voice = voice;
  window.speechSynthesis.speak(utterance);
}
