// Pure: how a learner stands on one assignment. The UI legend (components/classes/progress-legend.tsx)
// states these same rules, from these same constants.

/** Words a learner should have saved from a lesson by its due date. */
export const MIN_SAVED_BY_DUE = 5;
/** More overdue cards than this from one lesson means the learner is falling behind on reviews. */
export const MAX_OVERDUE_CARDS = 20;

export type ProgressStatus = "not started" | "on track" | "behind";

export function progressStatus(cell: { saved: number; overdue: number }, dueAt: Date, now: Date): ProgressStatus {
  const duePassed = dueAt.getTime() < now.getTime();
  if (duePassed && cell.saved < MIN_SAVED_BY_DUE) return "behind";
  if (cell.overdue > MAX_OVERDUE_CARDS) return "behind";
  if (cell.saved === 0) return "not started";
  return "on track";
}
