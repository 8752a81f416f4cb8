import { describe, expect, it } from "vitest";
import { normalizeLine } from "@/lib/text/normalize-text";

describe("normalizeLine", () => {
  it("turns half-width punctuation next to Han characters into full-width", () => {
    expect(normalizeLine("王毅:各位记者朋友,上午好!")).toBe("王毅：各位记者朋友，上午好！");
    expect(normalizeLine("中国外交又将发挥什么作用?")).toBe("中国外交又将发挥什么作用？");
    expect(normalizeLine("一是合作;二是发展.")).toBe("一是合作；二是发展。");
  });

  it("keeps ASCII punctuation inside numbers and Latin text", () => {
    expect(normalizeLine("增长3.5%,达到1,000亿")).toBe("增长3.5%，达到1,000亿");
    expect(normalizeLine("会议10:30开始")).toBe("会议10:30开始");
    expect(normalizeLine("U.S. and DeepSeek")).toBe("U.S. and DeepSeek");
  });

  it("converts full-width digits and letters to ASCII", () => {
    expect(normalizeLine("２０２５年ＡＩ大会")).toBe("2025年AI大会");
  });

  it("reads a full-width stop between digits as the decimal point, elsewhere as written", () => {
    // Before, 4 and 5% became two numbers: the reading went to 4, none to 5%.
    expect(normalizeLine("ＧＤＰ增长４．５％，物价涨了０．３")).toBe("GDP增长4.5%，物价涨了0.3");
    expect(normalizeLine("这是第１．")).toBe("这是第1．");
  });

  it("converts brackets and straight quotes around Chinese text", () => {
    expect(normalizeLine("(新华社发)")).toBe("（新华社发）");
    expect(normalizeLine('他说"我们来了"。')).toBe("他说“我们来了”。");
    expect(normalizeLine("(see p. 3)")).toBe("(see p. 3)");
  });

  it("removes spaces between Han characters, NBSP and ideographic spaces", () => {
    expect(normalizeLine("中 国\u3000人\u00A0民 ， 好")).toBe("中国人民，好");
    expect(normalizeLine("  使用 DeepSeek 模型  ")).toBe("使用 DeepSeek 模型");
    expect(normalizeLine("\u200B零宽\uFEFF字符")).toBe("零宽字符");
  });
});
