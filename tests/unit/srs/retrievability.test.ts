import { describe, expect, it } from "vitest";
import { default_w, fsrs } from "ts-fsrs";
import { retrievability } from "@/lib/srs/retrievability";

const NOW = new Date("2026-03-10T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe("retrievability", () => {
  it("is 0 for a card never reviewed", () => {
    expect(retrievability({ stability: 0, lastReview: null }, NOW)).toBe(0);
    expect(retrievability({ stability: 5, lastReview: null }, NOW)).toBe(0);
  });

  it("is 1 right after a review and 0.9 after exactly `stability` days (FSRS's definition of stability)", () => {
    expect(retrievability({ stability: 10, lastReview: NOW }, NOW)).toBeCloseTo(1, 6);
    expect(retrievability({ stability: 10, lastReview: daysAgo(10) }, NOW)).toBeCloseTo(0.9, 6);
    expect(retrievability({ stability: 10, lastReview: daysAgo(30) }, NOW)).toBeLessThan(0.9);
  });

  it("agrees with ts-fsrs's own get_retrievability", () => {
    const f = fsrs({ w: [...default_w] });
    const card = { due: NOW, stability: 7.3, difficulty: 5, elapsed_days: 0, scheduled_days: 7, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: daysAgo(4) };
    expect(retrievability({ stability: 7.3, lastReview: daysAgo(4) }, NOW)).toBeCloseTo(f.get_retrievability(card, NOW, false), 2);
  });

  it("uses personal weights when the user has fitted them", () => {
    const w = [...default_w];
    w[20] = 0.5; // a different decay changes the curve's shape, not R(S) = 0.9
    const withDefault = retrievability({ stability: 10, lastReview: daysAgo(40) }, NOW);
    const withOwn = retrievability({ stability: 10, lastReview: daysAgo(40) }, NOW, w);
    expect(withOwn).not.toBeCloseTo(withDefault, 3);
  });
});
