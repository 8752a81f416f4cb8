"use client";
import type { ReaderPrefs } from "./use-reader-prefs";

const SWITCHES: { key: keyof ReaderPrefs; label: string }[] = [
  { key: "pinyin", label: "Pinyin" },
  { key: "tones", label: "Tone colours" },
  { key: "sandhi", label: "Tone sandhi" },
];

export function ReaderToolbar({ prefs, onToggle, hasEnglish = false }: { prefs: ReaderPrefs; onToggle: (key: keyof ReaderPrefs) => void; hasEnglish?: boolean }) {
  const switches = hasEnglish ? [...SWITCHES, { key: "english" as const, label: "Show English" }] : SWITCHES;
  return (
    <div role="toolbar" aria-label="Display" className="sticky top-14 z-20 -mx-4 mb-2 flex flex-wrap gap-2 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur">
      {switches.map(({ key, label }) => (
        <button
          key={key}
          type="button"
          aria-pressed={prefs[key]}
          onClick={() => onToggle(key)}
          disabled={key === "sandhi" && !prefs.pinyin}
          className={`min-h-11 rounded-full border px-4 text-sm disabled:opacity-50 ${
            prefs[key] ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
          }`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
