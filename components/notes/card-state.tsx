const STATE_LABELS = ["New", "Learning", "Review", "Relearning"];
const STATE_STYLES = ["bg-sky-50 text-sky-800", "bg-amber-50 text-amber-800", "bg-emerald-50 text-emerald-800", "bg-rose-50 text-rose-800"];

export const CARD_TYPE_LABELS: Record<string, string> = {
  RECOGNITION: "Recognition",
  RECALL: "Recall",
  LISTENING: "Listening",
  CLOZE: "Cloze",
  COMPLETION: "Completion",
};

export function formatDue(due: Date | string, state: number): string {
  if (state === 0) return "new";
  return new Date(due).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

/** A small badge: card type, state (or "suspended") and, for studied cards, the due date. */
export function CardStateBadge({ card }: { card: { type: string; state: number; suspended: boolean; due: Date | string } }) {
  const style = card.suspended ? "bg-stone-200 text-stone-600 line-through" : STATE_STYLES[card.state] ?? STATE_STYLES[0];
  const label = card.suspended ? "suspended" : (STATE_LABELS[card.state] ?? "New").toLowerCase();
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs ${style}`} title={card.state === 0 ? undefined : `due ${formatDue(card.due, card.state)}`}>
      <span className="font-medium">{CARD_TYPE_LABELS[card.type] ?? card.type}</span>
      <span>{label}</span>
      {!card.suspended && card.state !== 0 ? <span className="text-[0.7rem] opacity-80">· {formatDue(card.due, card.state)}</span> : null}
    </span>
  );
}

export const stateLabel = (state: number) => STATE_LABELS[state] ?? "New";
