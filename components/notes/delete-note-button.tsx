"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { sendJson } from "@/components/notes/send-json";

export function DeleteNoteButton({ noteId, text }: { noteId: string; text: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    if (!window.confirm(`Delete "${text}" with all its cards and their review history? This cannot be undone.`)) return;
    const result = await sendJson(`/api/notes/${noteId}`, "DELETE");
    if (!result.ok) return setError(result.error);
    router.push("/notes");
    router.refresh();
  }

  return (
    <div>
      <button type="button" onClick={onClick} className="rounded-md border border-red-300 px-3 py-2 text-sm text-red-700 hover:bg-red-50">
        Delete note
      </button>
      {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
