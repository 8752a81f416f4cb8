"use client";
import { useState } from "react";
import { sendJson } from "@/components/notes/send-json";

/** "Teachers of my classes may see my e-mail": saved as soon as it is switched. */
export function EmailVisibilityForm({ initial }: { initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  async function toggle(next: boolean) {
    setOn(next);
    const r = await sendJson<{ showEmailToTeachers: boolean }>("/api/settings/privacy", "PATCH", { showEmailToTeachers: next });
    if (r.ok) setMessage("Saved.");
    else {
      setOn(!next);
      setMessage(r.error);
    }
  }
  return (
    <div className="space-y-1">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} /> Teachers of my classes may see my e-mail address
      </label>
      <p className="text-xs text-stone-500">Otherwise they see only your display name.</p>
      {message ? (
        <p role="status" className="text-xs text-stone-600">
          {message}
        </p>
      ) : null}
    </div>
  );
}
