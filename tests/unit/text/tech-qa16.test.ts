// A tech and science news item of our own (seventh session): a measure word after a demonstrative
// before an adjective and a noun, 里 after a noun.
import { describe, expect, it } from "vitest";
import { glossOf as gloss } from "../../support/lesson-tokens";


describe("tech news", () => {
  it("glosses 款 as the classifier before an adjective + noun, and 里 after a noun as 'in'", () => {
    expect(gloss("这款新手机搭载了最新一代处理器。", "款")).toMatch(/^classifier for versions or models/);
    expect(gloss("研究人员在实验室里培养出了一种新型细菌。", "里")).toBe("in; inside (after a noun)");
  });

  it("leaves 里 in a transliterated name and 款 before a verb alone (counter-cases)", () => {
    expect(gloss("阿尔布雷希特·格里戈里出生于此。", "里") ?? "").not.toBe("in; inside (after a noun)");
    expect(gloss("这笔款已经付了。", "款") ?? "").not.toMatch(/^classifier for versions/);
  });
});
