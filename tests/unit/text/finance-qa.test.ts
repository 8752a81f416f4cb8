import { describe, expect, it } from "vitest";
import { glossOf, readingAt } from "../../support/lesson-tokens";

// Found reading a markets report of our own (eighteenth session).

describe("a markets report", () => {
  it("reads 调升 tiáo raising a rate (汇率…调升56个基点), diào promoting a person", () => {
    const rate = "人民币对美元汇率中间价报7.1025，较上一交易日调升56个基点。";
    expect(readingAt(rate, rate.indexOf("调升"))).toBe("tiáo");
    expect(readingAt("他被调升为副局长。", 2)).toBe("diào");
  });

  it("glosses 对 between two currencies 'against', and 负 after 为 'negative'", () => {
    expect(glossOf("人民币对美元汇率中间价报7.1025。", "对")).toMatch(/^against/);
    expect(glossOf("该公司净利润为负。", "负")).toBe("negative (below zero)");
    expect(glossOf("负责人来了。", "负责人")).toMatch(/person in charge/);
    expect(glossOf("他负了伤。", "负") ?? "").not.toMatch(/negative/);
  });
});

describe("a technology item", () => {
  it("glosses 该 before a subject and its adverb 'the said', and 应用 among phones and stores 'app'", () => {
    const text = "目前，该应用已在各大应用商店上架。";
    expect(glossOf(text, "该")).toMatch(/^that; the said/);
    expect(glossOf(text, "应用")).toBe("app; application (software)");
    expect(glossOf("我们要把理论应用到实践中。", "应用")).toMatch(/^to put to use/);
    expect(glossOf("该走了。", "该")).toMatch(/^should/);
  });
});
