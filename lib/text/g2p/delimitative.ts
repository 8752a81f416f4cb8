import { mainVerbReading, onlyVerbReading } from "./reading-kinds";

// 量一下体温, 调了一下, 称一称: a character before 一下 (the delimitative "a little, once") or doubled
// around 一 (either copy) is a verb, so it takes its verb reading: 量 liáng "to measure" (not liàng "capacity"),
// 称 chēng "to weigh" (not chèn "to fit"). The verb reading is the only reading with verb senses, or
// the one whose main sense is a verb (reading-kinds.ts, from CC-CEDICT).

const DELIMITATIVE = new Set(["一下", "一下儿", "一下子"]);

export function delimitativeReading(tokens: string[], i: number): string | null {
  const ch = tokens[i];
  const next = tokens[i + 1];
  const after = next === "了" ? tokens[i + 2] : next;
  // Both copies of the doubled verb (磨一磨: the second as the first).
  const verb = (after !== undefined && DELIMITATIVE.has(after) && after !== "一下子") || (next === "一" && tokens[i + 2] === ch) || (tokens[i - 1] === "一" && tokens[i - 2] === ch);
  return verb ? (onlyVerbReading(ch) ?? mainVerbReading(ch)) : null;
}
