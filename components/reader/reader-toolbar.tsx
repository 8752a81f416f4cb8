"use client";
import type { ReaderPrefs } from "./use-reader-prefs";

const SWITCHES: { key: keyof ReaderPrefs; label: string }[] = [
  { key: "pinyin", label: "Pinyin" },
  { key: "tones", label: "Tone colours" },
  { key: "sandhi", label: "Tone sandhi" },
];

export function ReaderToolbar({
  prefs,
  onToggle,
  hasEnglish = false,
  script = "simplified",
}: {
  prefs: ReaderPrefs;
  onToggle: (key: keyof ReaderPrefs) => void;
  hasEnglish?: boolean;
  /** The lesson's script as written; the switch offers the other one. */
  script?: "simplified" | "traditional";
}) {
  const scriptSwitch = { key: "otherScript" as const, label: script === "traditional" ? "简体 Simplified" : "繁體 Traditional" };
  const switches = [...SWITCHES, ...(hasEnglish ? [{ key: "english" as const, label: "Show English" }] : []), scriptSwitch];
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
