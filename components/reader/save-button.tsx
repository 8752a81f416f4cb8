"use client";
import { useState } from "react";

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "already" } | { kind: "error"; message: string };

/** POST /api/notes; shows "Saved ✓" (201) or "Already saved" (200). */
export function SaveButton({
  label,
  body,
  alreadySaved,
  onSaved,
}: {
  label: string;
  body: { text: string; kind: string; lessonId: string; sentenceIndex: number };
  alreadySaved: boolean;
  onSaved: (key: string) => void;
}) {
  const [status, setStatus] = useState<Status>(alreadySaved ? { kind: "already" } : { kind: "idle" });

  async function save() {
    setStatus({ kind: "saving" });
    try {
      const res = await fetch("/api/notes", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (res.status === 201 || res.status === 200) {
        setStatus({ kind: res.status === 201 ? "saved" : "already" });
        return onSaved(`${body.kind}:${body.text}`);
      }
      const err = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      setStatus({ kind: "error", message: err?.error?.message ?? "Could not save. Please try again." });
    } catch {
      setStatus({ kind: "error", message: "Could not reach the server." });
    }
  }

  if (status.kind === "saved" || status.kind === "already") {
    return (
      <span role="status" className="inline-flex items-center rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800">
        {status.kind === "saved" ? "Saved ✓" : "Already saved"}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        onClick={save}
        disabled={status.kind === "saving"}
        className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {status.kind === "saving" ? "Saving…" : label}
      </button>
      {status.kind === "error" ? (
        <span role="alert" className="text-xs text-red-600">
          {status.message}
        </span>
      ) : null}
    </span>
  );
}
