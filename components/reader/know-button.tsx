"use client";
import { useState, useTransition } from "react";
import { ignoreWordAction, unignoreWordAction } from "@/app/lessons/[id]/actions";
import { announceNoteSaved } from "./word-status-frame";

/**
 * "I know this" in the word popover: the same action as the study panel's, so the word is set
 * aside as known in every lesson and its study suggestions; Undo takes it back.
 */
export function KnowButton({ text, lessonId, setAside }: { text: string; lessonId: string; /** Already marked known or skipped. */ setAside: boolean }) {
  const [known, setKnown] = useState(setAside);
  const [marked, setMarked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function set(next: boolean) {
    start(async () => {
      const res = next ? await ignoreWordAction({ text, reason: "known" }, lessonId) : await unignoreWordAction({ text }, lessonId);
      if (!res.ok) return setError(res.error);
      setError(null);
      setKnown(next);
      setMarked(next);
      announceNoteSaved(); // the statuses in the text and the counts are re-read
    });
  }

  if (known) {
    return (
      <span role="status" className="inline-flex min-h-11 items-center gap-1 rounded-md bg-emerald-50 px-3 text-sm font-medium text-emerald-800">
        {marked ? "Marked as known" : "Set aside"}
        <button type="button" disabled={pending} onClick={() => set(false)} className="min-h-11 px-2 underline disabled:opacity-60">
          Undo
        </button>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" disabled={pending} onClick={() => set(true)} className="min-h-11 rounded-md border border-stone-300 px-4 text-sm hover:bg-stone-50 disabled:opacity-60">
        {pending ? "Saving…" : "I know this"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </span>
  );
}
