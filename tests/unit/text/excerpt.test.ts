import { describe, expect, it } from "vitest";
import { sentenceExcerpt } from "@/lib/text/excerpt";

describe("sentenceExcerpt", () => {
  it("keeps a sentence short enough whole", () => {
    expect(sentenceExcerpt("中方愿同各方一道推动局势缓和。", "局势", 30)).toBe("中方愿同各方一道推动局势缓和。");
  });

  it("cuts a long sentence to a window around the word, marking the cut ends", () => {
    const long = "甲".repeat(100) + "行稳致远" + "乙".repeat(100);
    expect(sentenceExcerpt(long, "行稳致远", 5)).toBe("…甲甲甲甲甲行稳致远乙乙乙乙乙…");
    expect(sentenceExcerpt("行稳致远" + "乙".repeat(100), "行稳致远", 3)).toBe("行稳致远乙乙乙…");
    expect(sentenceExcerpt("甲".repeat(100) + "行稳致远", "行稳致远", 3)).toBe("…甲甲甲行稳致远");
  });

  it("never splits a character outside the BMP, and starts the text when the word is not in it", () => {
    const long = "𠮷".repeat(50) + "吉" + "𠮷".repeat(50);
    expect(sentenceExcerpt(long, "吉", 2)).toBe("…𠮷𠮷吉𠮷𠮷…");
    expect(sentenceExcerpt("乙".repeat(100), "甲", 3)).toBe("乙乙乙乙乙乙…");
  });

  it("keeps a 200,000-character sentence's excerpt small", () => {
    expect(Array.from(sentenceExcerpt("乙".repeat(200_000) + "甲", "甲")).length).toBeLessThanOrEqual(32);
  });
});
