// A character before 一下 or doubled around 一 is a verb: its verb reading (lib/text/g2p/delimitative.ts).
import { describe, expect, it } from "vitest";
import { readingOf as reading } from "../../support/lesson-tokens";


describe("a verb before the delimitative", () => {
  it("takes its verb reading", () => {
    expect(reading("请帮我量一下体温。", "量")).toBe("liáng"); // not liàng "capacity" (pinyin-pro's and the model's)
    expect(reading("他量了一下尺寸。", "量")).toBe("liáng");
    expect(reading("你称一称这个西瓜。", "称")).toBe("chēng");
  });

  it("leaves 量 elsewhere and 一下子 'all at once' alone (counter-cases)", () => {
    expect(reading("今年的降雨量比去年多。", "降雨量")).toBe("jiàng yǔ liàng");
    expect(reading("他的饭量很大。", "饭量")).toBe("fàn liàng");
    expect(reading("数量一下子增加了。", "数量")).toBe("shù liàng"); // 一下子 follows a noun here
  });
});
