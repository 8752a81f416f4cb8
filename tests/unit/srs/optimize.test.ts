import { describe, expect, it } from "vitest";
import { fsrs, generatorParameters } from "ts-fsrs";
import {
  historiesToItems,
  MIN_REVIEWS_FOR_OPTIMIZE,
  optimizeWeights,
  toTsFsrsWeights,
  type CardHistory,
} from "@/lib/srs/optimize";
import { answerCard } from "@/lib/srs/scheduler";
import { newCardState } from "@/lib/srs/card-state";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";
import { syntheticHistories } from "./synthetic-history";

const START = new Date("2026-01-01T09:00:00Z");

describe("historiesToItems", () => {
  it("measures delta_t in study days, so 03:00 and 05:00 are different days when the day starts at 04:00", () => {
    const history: CardHistory = {
      cardId: "c",
      reviews: [
        { rating: 3, reviewedAt: new Date("2026-01-10T05:00:00Z") }, // listed out of order on purpose
        { rating: 3, reviewedAt: new Date("2026-01-10T03:00:00Z") },
        { rating: 1, reviewedAt: new Date("2026-01-10T03:30:00Z") },
        { rating: 3, reviewedAt: new Date("2026-01-14T12:00:00Z") },
      ],
    };
    const items = historiesToItems([history], "UTC", 4);
    const last = items.at(-1)!.reviews.map((r) => [r.rating, r.deltaT]);
    expect(last).toEqual([[3, 0], [1, 0], [3, 1], [3, 4]]);
    // [3,0],[1,0] has no review on a later day: the binding would abort on it, so it is dropped.
    expect(items.map((i) => i.reviews.length)).toEqual([3, 4]);
    expect(historiesToItems([history], "UTC", 0).at(-1)!.reviews.map((r) => r.deltaT)).toEqual([0, 0, 0, 4]);
  });

  it("uses the user's zone: the same instants are one day apart in Shanghai, none in UTC", () => {
    const history: CardHistory = {
      cardId: "c",
      reviews: [
        { rating: 3, reviewedAt: new Date("2026-01-10T19:00:00Z") }, // 03:00 next day in Shanghai
        { rating: 3, reviewedAt: new Date("2026-01-10T21:00:00Z") }, // 05:00 in Shanghai
      ],
    };
    expect(historiesToItems([history], "Asia/Shanghai", 4)[0].reviews.map((r) => r.deltaT)).toEqual([0, 1]);
    expect(historiesToItems([history], "UTC", 4)).toEqual([]);
  });
});

describe("toTsFsrsWeights", () => {
  it("passes 21 weights through, migrates 19 and rejects other lengths", () => {
    const w21 = toTsFsrsWeights(
      [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
      1,
    );
    expect(w21).toHaveLength(21);
    expect(w21[20]).toBe(0.1542);
    const w19 = toTsFsrsWeights(
      [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621],
      1,
    );
    expect(w19).toHaveLength(21);
    expect(w19[20]).toBe(0.5);
    expect(() => toTsFsrsWeights(new Array(34).fill(0.5), 1)).toThrow(/34 weights/);
  });
});

describe("optimizeWeights", () => {
  it("refuses fewer than MIN_REVIEWS_FOR_OPTIMIZE reviews", async () => {
    const few = syntheticHistories({ cards: 50, reviewsPerCard: () => 4, seed: 1, start: START });
    expect(MIN_REVIEWS_FOR_OPTIMIZE).toBe(400);
    await expect(optimizeWeights(few, { timeZone: "UTC", dayStartHour: 4 })).rejects.toThrow(/at least 400 reviews; there are 200/);
  });

  it("says so when the reviews are all same-day ones", async () => {
    const sameDay = syntheticHistories({ cards: 400, reviewsPerCard: () => 1, seed: 3, start: START });
    await expect(optimizeWeights(sameDay, { timeZone: "UTC", dayStartHour: 4 })).rejects.toThrow(/reviewed again on a later day/);
  });

  it("fits 21 finite weights to 500 synthetic reviews that ts-fsrs accepts and that fit better", async () => {
    // 125 cards × 4 reviews: with 2–3 reviews per card most items would be same-day learning steps.
    // The learner forgets faster than the defaults predict, so there is something to learn.
    const histories = syntheticHistories({
      cards: 125,
      reviewsPerCard: () => 4,
      seed: 7,
      start: START,
      recallOf: (p) => p ** 2,
    });
    const progress: number[] = [];
    const result = await optimizeWeights(histories, {
      timeZone: "UTC",
      dayStartHour: 4,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(result.reviewCount).toBe(500);
    expect(result.weights).toHaveLength(21);
    expect(result.weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(result.logLossBefore)).toBe(true);
    expect(Number.isFinite(result.logLossAfter)).toBe(true);
    expect(result.logLossAfter).toBeLessThan(result.logLossBefore);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);

    // ts-fsrs takes them as they are (no migration, no clipping) and schedules with them.
    expect(generatorParameters({ w: result.weights, relearning_steps: ["10m"] }).w).toEqual(result.weights);
    expect(fsrs({ w: result.weights }).parameters.w).toEqual(result.weights);
    const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, weights: result.weights };
    const first = answerCard(newCardState(START), 3, START, settings).card;
    const second = answerCard(first, 3, first.due, settings).card;
    expect(second.scheduledDays).toBeGreaterThan(0);
  }, 20_000);
});
