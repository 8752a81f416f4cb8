import { MAX_OVERDUE_CARDS, MIN_SAVED_BY_DUE } from "@/lib/server/classes/progress-status";
import { StatusBadge } from "@/components/classes/status-badge";

export function ProgressLegend() {
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-700">
      <summary className="cursor-pointer font-medium">How to read this table</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Words</dt>
        <dd>notes the learner saved from that lesson.</dd>
        <dt className="font-medium">Reviews 7 d</dt>
        <dd>answers to those notes&apos; cards in the last 7 days.</dd>
        <dt className="font-medium">Retention</dt>
        <dd>share of answers to review cards (not new or learning ones) in the last 30 days that were not &ldquo;Again&rdquo;; &mdash; when there were none.</dd>
        <dt className="font-medium">Due now</dt>
        <dd>studied cards from the lesson that are due or overdue (new and suspended cards are not counted).</dd>
      </dl>
      <ul className="mt-3 space-y-1">
        <li>
          <StatusBadge status="not started" /> no word saved from the lesson yet, and the due date has not passed.
        </li>
        <li>
          <StatusBadge status="on track" /> words saved, and none of the &ldquo;behind&rdquo; rules apply.
        </li>
        <li>
          <StatusBadge status="behind" /> the due date has passed with fewer than {MIN_SAVED_BY_DUE} words saved, or more than {MAX_OVERDUE_CARDS} of the
          lesson&apos;s cards are overdue.
        </li>
      </ul>
    </details>
  );
}
