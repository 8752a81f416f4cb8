"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { CARD_TYPE_LABELS, formatDue, stateLabel } from "@/components/notes/card-state";
import { sendJson } from "@/components/notes/send-json";

interface NoteCard {
  id: string;
  type: string;
  state: number;
  suspended: boolean;
  due: string;
  reps: number;
  lapses: number;
}

export function NoteCards({ noteId, cards }: { noteId: string; cards: NoteCard[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(card: NoteCard, action: "suspend" | "unsuspend" | "reset") {
    if (action === "reset" && !window.confirm(`Reset the ${CARD_TYPE_LABELS[card.type]} card to new? Its review history is kept.`)) return;
    setBusy(card.id);
    const result = await sendJson(`/api/notes/${noteId}/cards/${card.id}`, "POST", { action });
    setBusy(null);
    setError(result.ok ? null : result.error);
    router.refresh();
  }

  if (cards.length === 0) return <p className="text-sm text-stone-600">This note has no cards.</p>;
  const button = "rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 disabled:opacity-50";
  return (
    <div>
      {error ? <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {cards.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-card-type={c.type}>
            <div>
              <p className="font-medium">{CARD_TYPE_LABELS[c.type] ?? c.type}</p>
              <p className="text-sm text-stone-600" data-card-status>
                {c.suspended ? "Suspended · " : ""}
                {stateLabel(c.state)}
                {c.state !== 0 ? ` · due ${formatDue(c.due, c.state)}` : ""} · {c.reps} reps · {c.lapses} lapses
              </p>
            </div>
            <div className="flex gap-2">
              <button type="button" className={button} disabled={busy === c.id} onClick={() => act(c, c.suspended ? "unsuspend" : "suspend")}>
                {c.suspended ? "Unsuspend" : "Suspend"}
              </button>
              <button type="button" className={button} disabled={busy === c.id || (c.state === 0 && c.reps === 0)} onClick={() => act(c, "reset")}>
                Reset
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
