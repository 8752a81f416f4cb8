import { describe, expect, it } from "vitest";
import { rebuildSentenceTokens } from "@/lib/text/rebuild-sentence";
import { buildLesson } from "@/lib/text/build-lesson";

// A sentence a teacher rewrites is analysed as buildLesson analyses a lesson's sentence.
describe("rebuildSentenceTokens", () => {
  it("gives the tokens buildLesson gives the same sentence, glosses in context included", () => {
    const text = "王毅同俄罗斯外长拉夫罗夫举行会谈，双方就中俄关系交换了意见。";
    const tokens = rebuildSentenceTokens(text);
    expect(tokens).toEqual(buildLesson(text).sentences[0].tokens);
    // Before, 同 took CC-CEDICT's first sense "like" and 就 its adverb.
    expect(tokens.find((t) => t.text === "同")?.gloss).toBe("with; together with");
    expect(tokens.find((t) => t.text === "拉夫罗夫")?.kind).toBe("name");
  });

  it("keeps traditional characters as written and reads them through the simplified copy", () => {
    const tokens = rebuildSentenceTokens("我們會繼續推動兩岸關係和平發展。");
    expect(tokens.map((t) => t.text).join("")).toBe("我們會繼續推動兩岸關係和平發展。");
    expect(tokens[0]).toMatchObject({ text: "我們", pinyin: "wǒ men" });
  });
});
