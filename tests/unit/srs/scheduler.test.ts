import { describe, expect, it } from "vitest";
import { answerCard, createScheduler, previewIntervals } from "@/lib/srs/scheduler";
import { newCardState, toFsrsCard, type CardState, type RatingValue } from "@/lib/srs/card-state";
import { DEFAULT_SETTINGS, type SchedulingSettings } from "@/lib/srs/settings";

const settings: SchedulingSettings = { ...DEFAULT_SETTINGS, enableFuzz: false };
const DAY = 86_400_000;
const START = new Date("2026-01-05T09:00:00Z");

/** Answer each rating at the moment the card falls due, like ts-fsrs's own ivl_history test. */
function replay(ratings: RatingValue[], s: SchedulingSettings = settings, start = START) {
  let card = newCardState(start);
  let now = start;
  const history: CardState[] = [];
  for (const rating of ratings) {
    card = answerCard(card, rating, now, s).card;
    history.push(card);
    now = card.due;
  }
  return { card, now, history };
}

describe("answerCard: ts-fsrs FSRS-6 reference case", () => {
  it("default weights, Good×6 Again×2 Good×5 from 2022-12-29 12:30 UTC give the published intervals", () => {
    const ratings: RatingValue[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
    const { history } = replay(ratings, settings, new Date(Date.UTC(2022, 11, 29, 12, 30)));
    expect(history.map((c) => c.scheduledDays)).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
    expect(history.at(-1)!.lapses).toBe(1);
    expect(history.at(-1)!.reps).toBe(13);
  });
});

describe("previewIntervals", () => {
  it("labels a new card's buttons with the learning steps and the easy interval", () => {
    const p = previewIntervals(newCardState(START), START, settings);
    expect([p.again.label, p.hard.label, p.good.label, p.easy.label]).toEqual(["1m", "6m", "10m", "8d"]);
    expect(p.again.intervalMs).toBe(60_000);
    expect(p.good.due).toEqual(new Date(START.getTime() + 600_000));
    expect(p.easy.intervalMs).toBe(8 * DAY);
  });

  it("labels mature cards in days, months and years", () => {
    const afterTwo = replay([3, 3]); // review card, 2 days
    const p2 = previewIntervals(afterTwo.card, afterTwo.now, settings);
    expect([p2.again.label, p2.hard.label, p2.good.label, p2.easy.label]).toEqual(["10m", "8d", "11d", "19d"]);
    const afterFive = replay([3, 3, 3, 3, 3]);
    const p5 = previewIntervals(afterFive.card, afterFive.now, settings);
    expect([p5.hard.label, p5.good.label, p5.easy.label]).toEqual(["1y", "1.4y", "2.2y"]);
  });

  it("agrees with the answer that follows it, also with fuzz on", () => {
    const fuzzy = { ...settings, enableFuzz: true };
    const { card, now } = replay([3, 3, 3], fuzzy);
    const p = previewIntervals(card, now, fuzzy);
    expect(answerCard(card, 3, now, fuzzy).card.due).toEqual(p.good.due);
    expect(answerCard(card, 4, now, fuzzy).card.due).toEqual(p.easy.due);
  });

  it("gives shorter intervals for a higher desired retention", () => {
    const { card, now } = replay([3, 3, 3, 3]);
    const good = (r: number) => previewIntervals(card, now, { ...settings, desiredRetention: r }).good.intervalMs;
    expect(good(0.95)).toBeLessThan(good(0.9));
    expect(good(0.9)).toBeLessThan(good(0.85));
  });

  it("never schedules past the maximum interval", () => {
    const { card, now } = replay([3, 3, 3, 3]);
    const capped = { ...settings, maximumInterval: 30 };
    const p = previewIntervals(card, now, capped);
    expect([p.hard.intervalMs, p.good.intervalMs, p.easy.intervalMs]).toEqual([30 * DAY, 30 * DAY, 30 * DAY]);
    const answered = answerCard(card, 4, now, capped).card;
    expect(answered.scheduledDays).toBe(30);
    expect(answered.due).toEqual(new Date(now.getTime() + 30 * DAY));
  });
});

describe("fuzz", () => {
  it("is off: the same history always gives the same intervals, equal to the unfuzzed FSRS interval", () => {
    const a = replay([3, 3, 3, 3, 3, 4, 2]).history.map((c) => c.scheduledDays);
    const b = replay([3, 3, 3, 3, 3, 4, 2]).history.map((c) => c.scheduledDays);
    expect(a).toEqual(b);
    const { card, now } = replay([3, 3, 3, 3]);
    const f = createScheduler(settings);
    const days = Math.round(previewIntervals(card, now, settings).good.intervalMs / DAY);
    expect(days).toBe(f.next(toFsrsCard(card), now, 3).card.scheduled_days);
    expect(f.parameters.enable_fuzz).toBe(false);
  });

  it("is on: some of 50 cards answered alike get a different interval from the unfuzzed one", () => {
    const fuzzy = { ...settings, enableFuzz: true };
    const plain = replay([3, 3, 3]).card.scheduledDays;
    const fuzzed = Array.from({ length: 50 }, (_, i) => replay([3, 3, 3], fuzzy, new Date(START.getTime() + i * 7_919_000)).card.scheduledDays);
    expect(fuzzed.some((d) => d !== plain)).toBe(true);
  });
});

describe("answerCard input checks", () => {
  it("rejects a rating outside 1–4 and an invalid date", () => {
    const card = newCardState(START);
    expect(() => answerCard(card, 0 as RatingValue, START, settings)).toThrow(/Rating must be/);
    expect(() => answerCard(card, 3, new Date(Number.NaN), settings)).toThrow(/Invalid review time/);
  });
});
