import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";
import { cedictEntries, preferredEntry, shortGloss } from "@/lib/dict/cedict";

// Found reading a football report of our own (eighteenth session): senses of the match, counts of
// rounds and points, and CC-CEDICT's senses of former times put behind today's.

describe("a match report", () => {
  it("glosses 破门 and 锁定 in a match as scoring and clinching; a door keeps its own senses", () => {
    expect(glossOf("上半场客队利用角球机会率先破门。", "破门")).toMatch(/^to score a goal/);
    expect(glossOf("队长远射得手，帮助球队锁定胜局。", "锁定")).toMatch(/^to clinch/);
    expect(glossOf("警察破门进入了房间。", "破门")).toMatch(/^to burst or force open a door/);
    expect(glossOf("请锁定手机屏幕。", "锁定")).toMatch(/^to lock/);
  });

  it("glosses 一轮 'a round' (not 'first round'), and 下 before 一轮 'next', not after a verb (装下|一个)", () => {
    expect(glossOf("下一轮谈判将在北京举行。", "一轮")).toMatch(/^a round/);
    expect(glossOf("下一轮谈判将在北京举行。", "下")).toBe("next");
    expect(glossOf("这个箱子装下一个西瓜没问题。", "下") ?? "").not.toBe("next");
    // Closing a longer word too (新一轮), and not 一次次 "time and again".
    expect(glossOf("新一轮谈判开始了。", "新一轮")).toMatch(/一轮 1 \+ \(classifier/);
    expect(glossOf("他一次次失败。", "一次次")).not.toMatch(/classifier/);
  });

  it("glosses 差 before a number 'to be short by', after a degree word 'poor'", () => {
    expect(glossOf("距离榜首仅差两分。", "差")).toMatch(/^to be short by/);
    expect(glossOf("这件衣服质量很差。", "差")).toBe("poor; not up to standard");
  });

  it("glosses 分 after a number as points, or minutes after the hour or before seconds", () => {
    expect(glossOf("他考了90分。", "分")).toMatch(/^point/);
    expect(glossOf("现在是8点20分。", "分")).toMatch(/^minute/);
    expect(glossOf("他仅用了2分18秒。", "分")).toMatch(/^minute/);
    expect(glossOf("距离榜首仅差两分。", "两分")).toMatch(/^2 points/);
    expect(glossOf("请把蛋糕分一下。", "分")).toMatch(/^to divide/);
  });

  it("puts senses of former times behind today's (小将 'rising star', 中场 'half-time')", () => {
    expect(shortGloss(preferredEntry(cedictEntries("小将"))!)).toMatch(/^\(in modern usage\) rising star/);
    expect(shortGloss(preferredEntry(cedictEntries("中场"))!)).toMatch(/^half-time/);
  });
});
