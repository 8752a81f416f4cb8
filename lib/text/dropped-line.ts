/** A line left out of the lesson, with the reason shown to the user ("navigation", "share bar"). */
export interface DroppedLine {
  line: string;
  reason: string;
}
