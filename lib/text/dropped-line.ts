/** A line left out of the lesson, with the reason shown to the user ("navigation", "share bar"). */
export interface DroppedLine {
  line: string;
  reason: string;
}

/** "navigation ×2, share bar": each reason once, in order of first appearance, with its count. */
export function summarizeDropped(dropped: DroppedLine[]): string {
  const counts = new Map<string, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason)).join(", ");
}
