import { describe, expect, it } from "vitest";
import { derivedHskLevel, wordStatus, type StatusCard } from "@/lib/srs/word-status";
import { orderStudyItems, type StudyCandidate } from "@/lib/srs/study-order";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY_START = new Date("2026-03-10T04:00:00Z");
const card = (over: Partial<StatusCard>): StatusCard => ({ stability: 100, lastReview: new Date("2026-03-08T12:00:00Z"), suspended: false, firstReview: null, ...over });

describe("wordStatus", () => {
  it("follows the rules", () => {
    expect(wordStatus({ ignored: false, noteCount: 0, cards: [] }, NOW, DAY_START, null)).toBe("new");
    expect(wordStatus({ ignored: true, noteCount: 1, cards: [card({})] }, NOW, DAY_START, null)).toBe("ignored");
    expect(wordStatus({ ignored: false, noteCount: 1, cards: [] }, NOW, DAY_START, null)).toBe("learning");
    expect(wordStatus({ ignored: false, noteCount: 1, cards: [card({})] }, NOW, DAY_START, null)).toBe("known");
    // Reviewed before, but first met this study day.
    const today = new Date("2026-03-10T05:00:00Z");
    expect(wordStatus({ ignored: false, noteCount: 1, cards: [card({ lastReview: today, firstReview: today })] }, NOW, DAY_START, null)).toBe("learning");
    // A suspended card met yesterday still dates the word.
    expect(
      wordStatus({ ignored: false, noteCount: 1, cards: [card({ lastReview: today, firstReview: today }), card({ suspended: true, stability: 0.1 })] }, NOW, DAY_START, null),
    ).toBe("known");
    expect(wordStatus({ ignored: false, noteCount: 1, cards: [card({}), card({ stability: 0.5 })] }, NOW, DAY_START, null)).toBe("learning");
  });
});

describe("derivedHskLevel", () => {
  const sizes = new Map([[1, 100], [2, 100], [3, 100]]);
  it("is the highest level with every level up to it at least half covered", () => {
    expect(derivedHskLevel(new Map(), sizes)).toBe(0);
    expect(derivedHskLevel(new Map([[1, 50], [2, 49], [3, 90]]), sizes)).toBe(1);
    expect(derivedHskLevel(new Map([[1, 90], [2, 60]]), sizes)).toBe(2);
  });
});

describe("orderStudyItems", () => {
  const c = (text: string, over: Partial<StudyCandidate> = {}): StudyCandidate => ({ text, kind: "word", hsk3: 5, inGlossary: false, count: 1, sentenceIndex: 0, frequencyRank: null, ...over });
  it("set phrases first, then words above the level by importance then frequency; known and low-level words left out", () => {
    const items = [
      c("低", { hsk3: 1, count: 9 }),
      c("常见", { frequencyRank: 100 }),
      c("罕见", { frequencyRank: 9000 }),
      c("重复", { count: 4 }),
      c("术语", { inGlossary: true }),
      c("成语", { kind: "idiom", hsk3: 1 }),
      c("已学", { count: 10 }),
      c("不在表", { hsk3: null }),
    ];
    const statuses = new Map([["已学", "learning" as const]]);
    expect(orderStudyItems(items, statuses, 2).map((i) => i.text)).toEqual(["成语", "重复", "术语", "常见", "罕见", "不在表"]);
  });
});
