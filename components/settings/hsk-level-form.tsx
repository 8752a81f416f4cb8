"use client";
import { useState, useTransition } from "react";
import { setHskLevelAction } from "@/app/lessons/[id]/actions";

const LEVELS = [1, 2, 3, 4, 5, 6, 7];

/** The HSK 3.0 level the reader's "Study this lesson" list starts above; the same setting as in the list itself. */
export function HskLevelForm({ level, chosen }: { level: number; chosen: boolean }) {
  const [value, setValue] = useState(chosen ? String(level) : "auto");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  function change(next: string) {
    const before = value;
    setValue(next);
    start(async () => {
      const res = await setHskLevelAction({ level: next === "auto" ? null : Number(next) });
      if (res.ok) setMessage({ ok: true, text: "Saved." });
      else {
        setValue(before);
        setMessage({ ok: false, text: res.error });
      }
    });
  }

  return (
    <div className="space-y-1">
      <label htmlFor="field-hskLevel" className="block text-sm font-medium text-stone-700">
        I know words up to
      </label>
      <select id="field-hskLevel" value={value} disabled={pending} onChange={(e) => change(e.target.value)} className="block min-h-11 rounded-md border border-stone-300 bg-white px-3 text-base">
        <option value="auto">{chosen ? "Work it out from my words" : `${level === 0 ? "Beginner" : `HSK ${level === 7 ? "7–9" : level}`} (worked out from my words)`}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            HSK {l === 7 ? "7–9" : l}
          </option>
        ))}
      </select>
      <p className="text-xs text-stone-500">&ldquo;Study this lesson&rdquo; suggests words above this level (HSK 3.0).</p>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-stone-600" : "text-red-700"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
