import type { StatusCounts } from "@/lib/srs/word-status";

/**
 * The learner's words in a lesson: new, learning, known (reviewed on an earlier day and still
 * remembered) and set aside ("I know this" / "skip"). Names, numbers and particles are not counted.
 */
export function WordStatusCounts({ counts, className = "text-xs text-stone-600" }: { counts: StatusCounts; className?: string }) {
  const total = counts.new + counts.learning + counts.known + counts.ignored;
  return (
    <p className={className} data-word-counts="">
      {total} words: <span data-count="new">{counts.new} new</span> · <span data-count="learning">{counts.learning} learning</span> ·{" "}
      <span data-count="known">{counts.known} known</span>
      {counts.ignored ? (
        <>
          {" "}
          · <span data-count="ignored">{counts.ignored} set aside</span>
        </>
      ) : null}
    </p>
  );
}
