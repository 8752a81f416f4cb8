import { describe, expect, it } from "vitest";
import { keyWordGlosses, sentenceMeaning } from "@/lib/text/sentence-meaning";

const tokens = [
  { text: "我们", gloss: "we; us", kind: "word", hsk: 1 },
  { text: "坚持", gloss: "to persevere with; to persist in", kind: "word", hsk: 4 },
  { text: "人类命运共同体", gloss: "a community with a shared future for mankind", kind: "phrase", hsk: null },
  { text: "。", gloss: null, kind: "punct", hsk: null },
];

describe("sentenceMeaning", () => {
  it("is the English when the sentence has one", () => {
    expect(sentenceMeaning({ translation: " We stay committed. ", tokens })).toBe("We stay committed.");
  });
  it("without English: key words with their first sense, in sentence order, never pinyin alone", () => {
    expect(sentenceMeaning({ translation: null, tokens })).toBe("我们 we · 坚持 to persevere with · 人类命运共同体 a community with a shared future for mankind");
  });
  it("keeps at most six key words, preferring phrases and rarer words over basic ones", () => {
    const many = [
      ...["的", "是", "在", "了", "和", "有"].map((t) => ({ text: t, gloss: "basic", kind: "word", hsk: 1 })),
      { text: "擘画", gloss: "to plan", kind: "word", hsk: null },
      { text: "变乱交织", gloss: "turbulence and change intertwined", kind: "idiom", hsk: null },
    ];
    const out = keyWordGlosses(many);
    expect(out.split(" · ")).toHaveLength(6);
    expect(out).toContain("擘画 to plan");
    expect(out).toContain("变乱交织");
  });
});
