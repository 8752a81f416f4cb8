"use client";
import { useId, useState } from "react";
import { FieldMessage } from "@/components/classes/form-bits";

/** "YYYY-MM-DDTHH:mm" in the browser's time zone, as <input type="datetime-local"> wants it. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Date and time picked in the teacher's own time zone; the form sends the instant as ISO 8601
 * (UTC), so the server stores exactly the moment the teacher meant.
 */
export function DueDateInput({ error, initialIso, label = "Due" }: { error?: string; initialIso?: string; label?: string }) {
  const id = useId();
  const [local, setLocal] = useState(() => (initialIso ? toLocalInput(initialIso) : ""));
  const parsed = local ? new Date(local) : null;
  const iso = parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : "";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        value={local}
        onChange={(e) => setLocal(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 ${
          error ? "border-red-500 focus:ring-red-300" : "border-stone-300 focus:ring-brand-100"
        }`}
      />
      <input type="hidden" name="dueAt" value={iso} />
      <FieldMessage id={`${id}-error`} name="dueAt" error={error} />
    </div>
  );
}
