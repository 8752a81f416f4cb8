// After a sync the review screen goes on from the cards the server returned, not from a new queue:
// a learning card coming back takes the server's version, due and intervals; a card the server
// says is done for today leaves; a learning card the device does not hold is reported as missing.
import { describe, expect, it } from "vitest";
import { adoptRecorded, scheduleLocally, toCardStateJson } from "@/lib/offline/local-schedule";
import type { QueueCard, RecordedCard } from "@/lib/offline/review-pack";
import type { LocalQueue } from "@/lib/offline/review-store";
import { newCardState } from "@/lib/srs/card-state";
import { answerCard } from "@/lib/srs/scheduler";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";

const NOW = new Date("2025-03-10T02:00:00Z");
const SETTINGS = { ...DEFAULT_SETTINGS, enableFuzz: false };
const face = { text: "和平" } as unknown as QueueCard["front"];
const interval = { label: "1m", due: NOW.toISOString() };

function card(id: string, state = 0): QueueCard {
  return {
    id,
    type: "recognition",
    noteId: `note-${id}`,
    front: face,
    back: face,
    context: { sentence: null, lessonId: null, lessonTitle: null },
    intervals: { again: interval, hard: interval, good: interval, easy: interval },
    version: 0,
    state,
    due: NOW.toISOString(),
  };
}

function queue(cards: QueueCard[]): LocalQueue {
  const states = Object.fromEntries(cards.map((c) => [c.id, toCardStateJson(newCardState(NOW))]));
  return {
    userId: "u",
    basedOn: NOW.toISOString(),
    cards,
    states,
    scheduler: SETTINGS,
    day: { timeZone: "UTC", dayStartHour: 4, start: "2025-03-09T04:00:00.000Z", end: "2025-03-10T04:00:00.000Z" },
    nextDue: null,
    nextLearningDue: null,
    lastSyncedAt: null,
  };
}

/** The card as the server returns it after an answer at `at`. */
function recorded(id: string, rating: 1 | 2 | 3 | 4, at: Date, version = 1): RecordedCard {
  return { ...toCardStateJson(answerCard(newCardState(NOW), rating, at, SETTINGS).card), id, version };
}

describe("adopting the server's answered cards", () => {
  it("gives a learning card that comes back the server's version, due and intervals", () => {
    const q = queue([card("a"), card("b")]);
    // The device answered "a" Again and scheduled it itself; the server, correcting the device's
    // clock, recorded it 30 seconds later.
    const local = scheduleLocally(q.cards[0], q.states.a, 1, NOW, SETTINGS);
    const mine = { ...q, cards: [q.cards[1], local.card], states: { ...q.states, a: local.state } };
    const server = recorded("a", 1, new Date(NOW.getTime() + 30_000));
    const { queue: next, missing } = adoptRecorded(mine, [server], NOW, SETTINGS);
    expect(missing).toBe(0);
    const a = next.cards.find((c) => c.id === "a")!;
    expect(a).toMatchObject({ version: 1, state: 1, due: server.due });
    expect({ ...next.states.a, id: "a", version: 1 }).toEqual(server);
    // Intervals are the server state's, seen from now.
    expect(a.intervals!.again.due).not.toBe(interval.due);
    expect(next.cards.map((c) => c.id)).toEqual(["b", "a"]);
  });

  it("drops a card the server says is not due again today, and keeps the others untouched", () => {
    const q = queue([card("a", 1), card("b")]);
    const easy = recorded("a", 4, NOW); // a new card answered Easy: days away
    const { queue: next, missing } = adoptRecorded(q, [easy], NOW, SETTINGS);
    expect(missing).toBe(0);
    expect(next.cards.map((c) => c.id)).toEqual(["b"]);
    expect(next.cards[0]).toBe(q.cards[1]);
    expect(next.states.a.state).toBe(2);
  });

  it("counts a learning card due today that the device does not hold as missing", () => {
    const q = queue([card("b")]);
    const { missing } = adoptRecorded(q, [recorded("a", 1, NOW)], NOW, SETTINGS);
    expect(missing).toBe(1);
  });

  it("takes the last returned state of a card: an answer then its undo leaves the card as it was", () => {
    const q = queue([card("a"), card("b")]);
    const restored: RecordedCard = { ...toCardStateJson(newCardState(NOW)), id: "a", version: 0 };
    const { queue: next, missing } = adoptRecorded(q, [recorded("a", 3, NOW), restored], NOW, SETTINGS);
    expect(missing).toBe(0);
    expect(next.cards.map((c) => [c.id, c.version, c.state])).toEqual([
      ["a", 0, 0],
      ["b", 0, 0],
    ]);
  });
});
