import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";

// A number or demonstrative, a measure word and a noun that jieba keeps as one token and no
// dictionary has whole (lib/text/number-gloss.ts countedNounGloss), beside the tokens whose cut lies
// elsewhere.

describe("number + measure word + noun as one token", () => {
  it.each([
    ["一段时间以后，他回来了。", "一段时间", "1 + (classifier for stories, periods of time, lengths of thread etc) + (concept of) time"],
    ["我们要落实各项政策。", "各项政策", "each + (classifier for principles, items, clauses, tasks, research projects etc) + policy"],
    ["前面有两条道路。", "两条道路", "2 + (classifier for long thin things (ribbon, river, road, trousers etc)) + road"],
  ])("%s glosses %s by its parts", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it("leaves tokens whose measure word makes a word with what follows to the rules that read them", () => {
    expect(glossOf("这部分内容很重要。", "这部分")).toBe("this + part");
  });

  it.each([
    ["经济保持两位数增长。", "两位数"],
    ["他一次次失败。", "一次次"],
  ])("does not gloss %s as a count of a one-character noun", (text, word) => {
    expect(glossOf(text, word) ?? "").not.toMatch(/\(classifier for people|\(classifier for enumerated/);
  });
});
