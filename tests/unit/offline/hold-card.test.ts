// Two tabs share the device's outbox and one "synced until" mark. Tab A finishing a sync must not
// leave the mark at "synced" while tab B's answer waits in the outbox (a reload would then paint
// the server's card, which B already answered). Each interleaving of A's sync with B's answer is
// played step by step; localStorage is a plain in-memory Storage (the browser API, not our code).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markAnswersWaiting, markSyncedIfSettled, shouldHoldCard } from "@/components/review/hold-card";

const USER = "6f1c1e8e-6b7a-4d55-9a55-2f6f1f3c1b20";
const RENDERED = "2026-03-10T02:00:00.000Z";
const SERVER_NOW = Date.parse(RENDERED) + 60_000; // the sync finished after the page was rendered
const LATER = new Date(SERVER_NOW + 20_000).toISOString(); // a page rendered after the sync (past the 10 s margin)

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

/** The shared outbox; `gate` lets the test pause tab A between its two counts. */
function outbox() {
  let ops = 0;
  const gates: (() => void)[] = [];
  return {
    add: () => void ops++,
    count: async () => ops,
    pausedCount: () => async () => {
      await new Promise<void>((r) => gates.push(r));
      return ops;
    },
    release: () => gates.shift()?.(),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe("the synced mark with two tabs", () => {
  it("marks synced when the outbox is empty, and a page rendered after it shows its card at once", async () => {
    const box = outbox();
    markAnswersWaiting(USER);
    expect(shouldHoldCard(USER, RENDERED)).toBe(true);
    expect(await markSyncedIfSettled(USER, SERVER_NOW - 30_000, box.count)).toBe(true);
    expect(shouldHoldCard(USER, RENDERED)).toBe(true); // a page rendered before the sync may miss an answer
    expect(shouldHoldCard(USER, LATER)).toBe(false);
  });

  it("does not mark synced while the outbox holds an answer", async () => {
    const box = outbox();
    markAnswersWaiting(USER);
    box.add();
    expect(await markSyncedIfSettled(USER, SERVER_NOW, box.count)).toBe(false);
    expect(shouldHoldCard(USER, RENDERED)).toBe(true);
  });

  it("B answers while A's sync finishes: A's 'synced' does not survive B's answer", async () => {
    const box = outbox();
    const a = markSyncedIfSettled(USER, SERVER_NOW, box.pausedCount()); // every count waits for release()
    await tick();
    markAnswersWaiting(USER); // tab B, before writing its answer
    box.release(); // A's first count: the outbox is still empty, so A marks "synced" over B's mark
    await tick();
    box.add(); // B's answer reaches the outbox
    box.release(); // A's second count sees it and puts "waiting" back
    expect(await a).toBe(false);
    expect(shouldHoldCard(USER, LATER)).toBe(true);
  });

  it("B writes its answer after A's last count: B's second mark wins", async () => {
    const box = outbox();
    markAnswersWaiting(USER); // tab B, before writing
    expect(await markSyncedIfSettled(USER, SERVER_NOW, box.count)).toBe(true); // A saw an empty outbox twice
    expect(shouldHoldCard(USER, LATER)).toBe(false); // (the moment before B's write lands)
    box.add();
    markAnswersWaiting(USER); // B, after writing (review-session.tsx)
    expect(shouldHoldCard(USER, LATER)).toBe(true);
  });

  it("holds the card when storage cannot be read", () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(shouldHoldCard(USER, RENDERED)).toBe(true);
  });
});
