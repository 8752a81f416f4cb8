"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { sendJson } from "@/components/notes/send-json";

/** Sends one correction; on success the page re-renders from the server with the new lesson. */
export function useEdit(lessonId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send(url: string, body?: unknown): Promise<boolean> {
    setBusy(true);
    setError(null);
    const r = await sendJson(url, "POST", body);
    setBusy(false);
    if (!r.ok) {
      setError(r.fields ? Object.values(r.fields).join(" ") || r.error : r.error);
      return false;
    }
    router.refresh();
    return true;
  }
  return {
    busy,
    error,
    edit: (body: unknown) => send(`/api/lessons/${lessonId}/edits`, body),
    undo: () => send(`/api/lessons/${lessonId}/edits/undo`),
    addTerm: (body: unknown) => send("/api/glossary", body),
  };
}
