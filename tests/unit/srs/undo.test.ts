import { describe, expect, it } from "vitest";
import { answerCard, undoAnswer } from "@/lib/srs/scheduler";
import { newCardState, type CardState, type RatingValue } from "@/lib/srs/card-state";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";

const settings = { ...DEFAULT_SETTINGS, enableFuzz: false };
const START = new Date("2026-02-10T08:15:00Z");
const HOUR = 3_600_000;

/** Build a card by answering `ratings`, each `lateBy` ms after it fell due (so due ≠ review time). */
function cardAfter(ratings: RatingValue[], lateBy = 5 * HOUR): CardState {
  let card = newCardState(START);
  for (const rating of ratings) card = answerCard(card, rating, new Date(card.due.getTime() + lateBy), settings).card;
  return card;
}

describe("undoAnswer", () => {
  const cases: [string, RatingValue[]][] = [
    ["a new card", []],
    ["a learning card", [3]],
    ["a review card", [3, 3, 3]],
    ["a relearning card", [3, 3, 3, 1]],
    ["a card with a lapse behind it", [3, 3, 1, 3, 3]],
  ];
  for (const [name, history] of cases) {
    for (const rating of [1, 2, 3, 4] as RatingValue[]) {
      it(`restores every field of ${name} after rating ${rating}`, () => {
        const before = cardAfter(history);
        const now = new Date(before.due.getTime() + 2 * 24 * HOUR + 17_000);
        const { card: after, log } = answerCard(before, rating, now, settings);
        expect(after).not.toEqual(before);
        expect(log.state).toBe(before.state);
        expect(log.review).toEqual(now);
        const restored = undoAnswer(after, log, settings);
        expect(restored).toEqual(before);
        expect(restored.due.getTime()).toBe(before.due.getTime());
        expect(restored.lastReview?.getTime()).toBe(before.lastReview?.getTime());
      });
    }
  }

  it("logs every ts-fsrs ReviewLog field with the state before the review", () => {
    const before = cardAfter([3, 3]);
    const now = new Date(before.due.getTime() + HOUR);
    const { log } = answerCard(before, 2, now, settings);
    expect(Object.keys(log).sort()).toEqual(
      [
        "difficulty", "due", "elapsedDays", "lastElapsedDays", "learningSteps", "previousDue",
        "rating", "review", "scheduledDays", "stability", "state",
      ].sort(),
    );
    expect(log).toMatchObject({
      rating: 2,
      state: 2,
      stability: before.stability,
      difficulty: before.difficulty,
      scheduledDays: before.scheduledDays,
      lastElapsedDays: before.elapsedDays,
      due: before.lastReview,
      previousDue: before.due,
    });
    expect(log.elapsedDays).toBe(before.scheduledDays);
  });

  it("does not share Date objects with its input", () => {
    const before = cardAfter([3]);
    const { card, log } = answerCard(before, 3, before.due, settings);
    const restored = undoAnswer(card, log, settings);
    expect(restored.due).not.toBe(log.previousDue);
    expect(restored.lastReview).not.toBe(before.lastReview);
  });
});
