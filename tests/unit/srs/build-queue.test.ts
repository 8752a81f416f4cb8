import { describe, expect, it } from "vitest";
import { buildDailyQueue, type BuildQueueInput, type QueueCandidate } from "@/lib/srs/build-queue";
import type { CardType } from "@/lib/srs/card-types";

const NOW = new Date("2026-04-14T10:00:00Z");
const DAY_START = new Date("2026-04-14T04:00:00Z");
const DAY_END = new Date("2026-04-15T04:00:00Z");
const MIN = 60_000;
const at = (offsetMin: number) => new Date(NOW.getTime() + offsetMin * MIN);

function card(id: string, noteId: string, state: 0 | 1 | 2 | 3, dueOffsetMin: number, ordinal = 0, type: CardType = "recognition"): QueueCandidate {
  return { id, noteId, type, state, due: at(dueOffsetMin), createdAt: new Date("2026-01-01T00:00:00Z"), ordinal };
}

function build(cards: QueueCandidate[], over: Partial<BuildQueueInput> = {}) {
  return buildDailyQueue({
    now: NOW,
    dayStart: DAY_START,
    dayEnd: DAY_END,
    cards,
    doneToday: { newCount: 0, reviewCount: 0 },
    buriedNoteIds: new Set(),
    limits: { newPerDay: 20, reviewsPerDay: 200 },
    ...over,
  });
}
const ids = (q: { cards: QueueCandidate[] }) => q.cards.map((c) => c.id);

describe("buildDailyQueue order", () => {
  it("puts due learning cards first, then reviews by due, then new cards by note save order", () => {
    const q = build([
      card("new-b", "nb", 0, 0, 2),
      card("rev-late", "n2", 2, 600), // due 20:00, still before the day ends
      card("learn-2", "n3", 3, -1),
      card("new-a", "na", 0, 0, 1),
      card("rev-early", "n4", 2, -3000),
      card("learn-1", "n5", 1, -5),
    ]);
    expect(ids(q)).toEqual(["learn-1", "learn-2", "rev-early", "rev-late", "new-a", "new-b"]);
    expect(q.counts).toEqual({ new: 2, learning: 2, review: 2 });
  });

  it("includes learning cards due within the 20-minute learn-ahead window, not later ones", () => {
    const q = build([card("soon", "n1", 1, 20), card("later", "n2", 1, 21), card("tomorrow", "n3", 1, 24 * 60)]);
    expect(ids(q)).toEqual(["soon"]);
    expect(q.counts.learning).toBe(1);
    expect(q.nextLearningDue).toEqual(at(21));
    expect(build([card("soon", "n1", 1, 5)]).nextLearningDue).toBeNull();
  });

  it("leaves out review cards due after the study day ends", () => {
    const dueAtEnd = { ...card("edge", "n1", 2, 0), due: DAY_END };
    const justBefore = { ...card("before", "n2", 2, 0), due: new Date(DAY_END.getTime() - 1) };
    expect(ids(build([dueAtEnd, justBefore]))).toEqual(["before"]);
  });
});

describe("buildDailyQueue limits", () => {
  const reviews = Array.from({ length: 10 }, (_, i) => card(`r${i}`, `rn${i}`, 2, -100 + i));
  const news = Array.from({ length: 10 }, (_, i) => card(`n${i}`, `nn${i}`, 0, 0, 10 - i));

  it("caps reviews at reviewsPerDay minus those done today, keeping the most overdue", () => {
    const q = build(reviews, { limits: { newPerDay: 20, reviewsPerDay: 5 }, doneToday: { newCount: 0, reviewCount: 2 } });
    expect(ids(q)).toEqual(["r0", "r1", "r2"]);
    expect(q.counts.review).toBe(3);
  });

  it("caps new cards at newPerDay minus those introduced today, oldest notes first", () => {
    const q = build(news, { limits: { newPerDay: 4, reviewsPerDay: 200 }, doneToday: { newCount: 1, reviewCount: 0 } });
    expect(ids(q)).toEqual(["n9", "n8", "n7"]);
    expect(q.counts.new).toBe(3);
  });

  it("never goes negative when more was done than the limit allows; learning cards are not capped", () => {
    const q = build([...reviews, ...news, card("l", "ln", 1, 0)], {
      limits: { newPerDay: 2, reviewsPerDay: 2 },
      doneToday: { newCount: 5, reviewCount: 5 },
    });
    expect(ids(q)).toEqual(["l"]);
    expect(q.counts).toEqual({ new: 0, learning: 1, review: 0 });
  });
});

describe("buildDailyQueue siblings", () => {
  it("introduces one card per new note per day, in card-type order", () => {
    const q = build([
      card("a-recall", "a", 0, 0, 1, "recall"),
      card("a-recognition", "a", 0, 0, 1, "recognition"),
      card("a-listening", "a", 0, 0, 1, "listening"),
      card("b-recognition", "b", 0, 0, 2, "recognition"),
    ]);
    expect(ids(q)).toEqual(["a-recognition", "b-recognition"]);
    expect(q.counts.new).toBe(2);
  });

  it("skips new and review cards of notes reviewed today, but keeps their learning cards", () => {
    const q = build(
      [
        card("x-learning", "x", 1, 1),
        card("x-review", "x", 2, -60, 0, "recall"),
        card("x-new", "x", 0, 0, 0, "listening"),
        card("y-review", "y", 2, -60),
        card("z-new", "z", 0, 0, 5),
      ],
      { buriedNoteIds: new Set(["x", "y"]) },
    );
    expect(ids(q)).toEqual(["x-learning", "z-new"]);
    expect(q.counts).toEqual({ new: 1, learning: 1, review: 0 });
  });

  it("shows only the earliest-due review card of a note, and no new sibling alongside it", () => {
    const q = build([
      card("m-recall", "m", 2, -10, 0, "recall"),
      card("m-recognition", "m", 2, -30),
      card("m-new", "m", 0, 0, 0, "listening"),
    ]);
    expect(ids(q)).toEqual(["m-recognition"]);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 1 });
  });

  it("holds back new and review siblings of a note whose learning card is due later today", () => {
    const q = build([card("k-learning", "k", 1, 300), card("k-review", "k", 2, -10, 0, "recall")]);
    expect(ids(q)).toEqual([]);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
  });

  it("a skipped sibling does not use up the limit", () => {
    const q = build(
      [card("a1", "a", 0, 0, 1), card("a2", "a", 0, 0, 1, "recall"), card("b1", "b", 0, 0, 2)],
      { limits: { newPerDay: 2, reviewsPerDay: 200 } },
    );
    expect(ids(q)).toEqual(["a1", "b1"]);
  });
});
