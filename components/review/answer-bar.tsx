import { RATINGS, type QueueCard, type Rating } from "./types";

// Fixed above the phone tab bar (thumb reach); in the flow on larger screens.
const BAR = "fixed inset-x-0 bottom-[calc(3.6rem+env(safe-area-inset-bottom))] z-20 border-t border-stone-200 bg-stone-50/95 p-2 sm:static sm:mt-6 sm:border-0 sm:bg-transparent sm:p-0";

export function AnswerBar({
  intervals,
  revealed,
  onReveal,
  onAnswer,
}: {
  /** Null for a moment while the screen previews a card the server sent without intervals. */
  intervals: QueueCard["intervals"];
  revealed: boolean;
  onReveal: () => void;
  onAnswer: (r: Rating) => void;
}) {
  if (!revealed) {
    return (
      <div className={BAR}>
        <button type="button" onClick={onReveal} className="h-14 w-full rounded-xl bg-stone-800 text-lg font-medium text-white hover:bg-stone-900">
          Show answer <span className="hidden text-sm text-stone-300 sm:inline">(Space)</span>
        </button>
      </div>
    );
  }
  return (
    <div className={BAR}>
      <div className="grid grid-cols-4 gap-2">
        {RATINGS.map((r) => (
          <button
            key={r.rating}
            type="button"
            onClick={() => onAnswer(r.rating)}
            className={`flex h-16 flex-col items-center justify-center rounded-xl text-white ${r.className}`}
            aria-label={intervals ? `${r.label} (${intervals[r.key].label})` : r.label}
            aria-keyshortcuts={String(r.rating)}
          >
            <span className="text-base font-semibold">{r.label}</span>
            <span className="text-xs opacity-90">{intervals ? intervals[r.key].label : "\u00a0"}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function QueueProgress({ cards }: { cards: QueueCard[] }) {
  const fresh = cards.filter((c) => c.state === 0).length;
  const learning = cards.filter((c) => c.state === 1 || c.state === 3).length;
  const review = cards.filter((c) => c.state === 2).length;
  return (
    <p className="text-sm tabular-nums" aria-label={`Left today: ${fresh} new, ${learning} learning, ${review} to review`} data-testid="progress">
      <span className="font-semibold text-blue-700">{fresh}</span>
      <span className="text-stone-400"> · </span>
      <span className="font-semibold text-red-700">{learning}</span>
      <span className="text-stone-400"> · </span>
      <span className="font-semibold text-green-700">{review}</span>
      <span className="ml-2 text-stone-500">new · learning · review</span>
    </p>
  );
}
