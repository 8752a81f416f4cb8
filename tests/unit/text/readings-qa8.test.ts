// Readings found wrong in sentences of our own (seventh session): 得 after 过 before a degree word
// or a manner question is the particle de (jieba tags 过 an aspect particle).
import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";


describe("得 after 过", () => {
  it("is the particle de before a degree word, an adjective or a manner question", () => {
    expect(readingAt("时间过得真快。", 3)).toBe("de");
    expect(readingAt("日子过得很好。", 3)).toBe("de");
    expect(readingAt("他过得怎么样？", 2)).toBe("de");
    expect(readingAt("她说得怎么样？", 2)).toBe("de");
  });

  it("stays dé in 得到 and after a noun (counter-cases)", () => {
    expect(readingAt("经过得到的数据。", 2)).toBe("dé");
    expect(readingAt("他在比赛中得了第一名。", 5)).toBe("dé");
  });
});

describe("得 after 下, and before 多 + a verb", () => {
  it("is de after 下 'to fall' before a degree phrase, děi after a pronoun before 多 + a verb", () => {
    expect(readingAt("雨下得很大。", 2)).toBe("de");
    expect(readingAt("你得多吃点儿饭。", 1)).toBe("děi");
  });

  it("stays dé before 多 + a noun (counter-case)", () => {
    expect(readingAt("他得多少分？", 1)).not.toBe("děi");
  });
});
