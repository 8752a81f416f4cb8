import { summarizeDropped, type DroppedLine } from "@/lib/text/dropped-line";

/**
 * What the import left out of the lesson and why, so nothing disappears silently: collapsed to
 * one line, each line and its reason when opened. Text only: nothing here is rendered as HTML.
 */
export function DroppedLines({ dropped }: { dropped: DroppedLine[] }) {
  if (!dropped.length) return null;
  const n = dropped.length;
  return (
    <details className="mt-2 text-xs text-stone-600" data-dropped-lines="">
      <summary className="cursor-pointer select-none">
        {n} {n === 1 ? "line" : "lines"} removed: {summarizeDropped(dropped)}
      </summary>
      <ul className="mt-1 space-y-0.5 border-l-2 border-stone-200 pl-3">
        {dropped.map((d, i) => (
          <li key={i}>
            <span className="font-semibold">{d.reason}</span>
            <span className="font-han ml-2 break-all">{d.line}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
