import { describe, expect, it } from "vitest";
import { createEmptyCard } from "ts-fsrs";
import { fromFsrsCard, newCardState, toFsrsCard, type CardState } from "@/lib/srs/card-state";

const NOW = new Date("2026-05-01T12:00:00Z");

describe("card state", () => {
  it("starts new cards due now, with every counter at zero and no last review", () => {
    expect(newCardState(NOW)).toEqual({
      due: NOW,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      lastReview: null,
    });
  });

  it("converts to ts-fsrs and back without loss, mapping null to undefined", () => {
    const card: CardState = {
      due: new Date("2026-05-09T12:00:00Z"),
      stability: 7.5,
      difficulty: 4.25,
      elapsedDays: 3,
      scheduledDays: 8,
      learningSteps: 1,
      reps: 5,
      lapses: 1,
      state: 2,
      lastReview: new Date("2026-05-01T12:00:00Z"),
    };
    const fsrsCard = toFsrsCard(card);
    expect(fsrsCard).toMatchObject({ elapsed_days: 3, scheduled_days: 8, learning_steps: 1, last_review: card.lastReview });
    expect(fromFsrsCard(fsrsCard)).toEqual(card);
    expect(toFsrsCard(newCardState(NOW)).last_review).toBeUndefined();
    expect(fromFsrsCard(createEmptyCard(NOW))).toEqual(newCardState(NOW));
  });

  it("copies dates so callers cannot mutate each other's state", () => {
    const card = newCardState(NOW);
    const fsrsCard = toFsrsCard(card);
    fsrsCard.due.setTime(0);
    expect(card.due).toEqual(NOW);
  });
});
