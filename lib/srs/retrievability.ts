// Probability of recall now, from FSRS's forgetting curve. Pure: the clock comes in as `now`.
import { default_w, forgetting_curve } from "ts-fsrs";

const DAY_MS = 86_400_000;

/** 0 for a card never reviewed (nothing to remember yet); otherwise R(t, S) with t in days since the last review. */
export function retrievability(
  card: { stability: number; lastReview: Date | null },
  now: Date,
  weights: readonly number[] | null = null,
): number {
  if (!card.lastReview || !(card.stability > 0)) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  const params = weights && weights.length >= 21 ? weights : default_w;
  return forgetting_curve(params, elapsedDays, card.stability);
}

/** The threshold above which a word counts as "known" in lesson statistics. */
export const KNOWN_RETRIEVABILITY = 0.9;
