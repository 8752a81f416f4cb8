import { beforeAll, describe, expect, it } from "vitest";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";

const texts = (s: string) => segmentSentence(s).map((t) => t.text);

describe("segmentSentence", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("keeps set phrases and idioms whole", () => {
    const words = texts("美国搞小院高墙、脱钩断链，我们行稳致远，携手迈向人类命运共同体，此消彼长。");
    for (const phrase of ["小院高墙", "脱钩断链", "行稳致远", "人类命运共同体", "此消彼长"]) expect(words).toContain(phrase);
  });

  it("keeps CC-CEDICT idioms that jieba alone would split", () => {
    // 一丘之貉 is in CC-CEDICT tagged (idiom); the user dictionary must carry it.
    expect(texts("他们是一丘之貉。")).toContain("一丘之貉");
  });

  it("does not let junk proper names swallow a neighbour", () => {
    expect(texts("这段时间，习近平主席和普京总统会晤。")).toEqual(
      expect.arrayContaining(["这", "段", "时间", "和", "普京"]),
    );
  });

  it("keeps numbers whole, with date units", () => {
    expect(texts("2025年3月7日，增长80%。")).toEqual(["2025年", "3月", "7日", "，", "增长", "80%", "。"]);
    expect(texts("增长5.4%，达到1,300亿")).toEqual(expect.arrayContaining(["5.4%", "1,300"]));
  });

  it("always reproduces the sentence exactly", () => {
    const s = "CGTN记者：DeepSeek异军突起，显示了 AI 领域的创新能力（2025年）。";
    expect(texts(s).join("")).toBe(s);
  });
});
