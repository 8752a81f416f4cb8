import { describe, expect, it } from "vitest";
import { tokenKind } from "@/lib/text/token-kind";
import { glossaryEntry } from "@/lib/dict/glossary";

describe("tokenKind", () => {
  it("classifies punctuation, numbers and Latin text", () => {
    expect(tokenKind("，", "", null)).toBe("punct");
    expect(tokenKind("“", "", null)).toBe("punct");
    expect(tokenKind("2025年", "m", null)).toBe("number");
    expect(tokenKind("5.4%", "m", null)).toBe("number");
    expect(tokenKind("四分之三", "m", null)).toBe("number");
    expect(tokenKind("三", "m", null)).toBe("number");
    expect(tokenKind("万一", "", null)).toBe("word"); // "just in case", not a number
    expect(tokenKind("DeepSeek", "", null)).toBe("other");
  });

  it("uses the glossary kind first", () => {
    expect(tokenKind("人类命运共同体", "", glossaryEntry("人类命运共同体"))).toBe("phrase");
  });

  it("recognises idioms from CC-CEDICT or jieba's idiom tag", () => {
    expect(tokenKind("一丘之貉", "", null)).toBe("idiom");
    expect(tokenKind("风起云涌", "i", null)).toBe("idiom");
  });

  it("recognises names from CC-CEDICT capitals and trusted jieba tags", () => {
    expect(tokenKind("王毅", "", null)).toBe("name");
    expect(tokenKind("北京", "ns", null)).toBe("name");
    expect(tokenKind("梅地亚", "ns", null)).toBe("name");
    expect(tokenKind("刘大伟", "nr", null)).toBe("name");
    expect(tokenKind("贡献率", "nr", null)).toBe("word"); // not a surname: a wrong guess
    expect(tokenKind("小国", "ns", null)).toBe("word");
    expect(tokenKind("会议", "n", null)).toBe("word");
  });
});
