import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";
import { cedictEntries, preferredEntry, shortGloss } from "@/lib/dict/cedict";

// News senses CC-CEDICT lacks (lib/text/news-senses.ts) and the stars' senses moved behind the
// others (lib/dict/sense-order.ts), found reading an economic news item and an MFA answer of our own
// (eighteenth session).

describe("news senses, where the sentence names what they are about", () => {
  it("glosses 落地 'put into effect' after a policy, 'to fall to the ground' after an apple", () => {
    expect(glossOf("随着一揽子增量政策落地见效，经济运行向好。", "落地")).toMatch(/^to be put into effect/);
    expect(glossOf("这些改革措施要尽快落地。", "落地")).toMatch(/^to be put into effect/);
    expect(glossOf("苹果落地了。", "落地")).toMatch(/^to fall to the ground/);
  });

  it("glosses 回暖 and 承压 by the market they are about, and leaves the weather's 回暖 alone", () => {
    expect(glossOf("近期楼市明显回暖。", "回暖")).toMatch(/^to pick up again/);
    expect(glossOf("天气逐渐回暖。", "回暖")).toMatch(/weather/);
    expect(glossOf("外贸企业经营承压。", "承压")).toBe("to be under pressure");
  });

  it("glosses 降温 of a market as cooling down, of the weather as becoming cooler", () => {
    expect(glossOf("楼市开始降温。", "降温")).toMatch(/^to cool down \(of a market/);
    expect(glossOf("明天将大幅降温。", "降温")).toMatch(/^to become cooler/);
  });
});

describe("the stars' senses behind the everyday ones", () => {
  it("glosses 运行 'to function' first and 巨星 'superstar' first", () => {
    expect(shortGloss(preferredEntry(cedictEntries("运行"))!)).toMatch(/^\(fig\.\) to function/);
    expect(glossOf("程序已经开始运行了。", "开始运行")).toMatch(/\+ \(fig\.\) to function/);
    expect(glossOf("他是一位篮球巨星。", "巨星")).toMatch(/superstar/);
  });
});
