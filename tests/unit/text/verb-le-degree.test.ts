import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { glossOf } from "../../support/lesson-tokens";

// 算了 before a count is the verb and the aspect particle (complement-cuts.ts splitVerbLe); 死 after
// an adjective or a feeling is the degree "extremely" (degree-gloss.ts, char-gloss.ts).

const texts = (text: string) => buildLesson(text).sentences[0].tokens.map((t) => t.text);

describe("a word of a verb + 了 before a count", () => {
  it.each([["这道题我算了好几遍。"], ["我算了三次。"], ["我算了一下，一共三百块。"], ["我们算了半天也没算清楚。"]])("%s is cut 算|了", (text) => {
    const tokens = texts(text);
    expect(tokens).not.toContain("算了");
    expect(tokens[tokens.indexOf("算") + 1]).toBe("了");
  });

  it.each([["算了，别说了。"], ["算了，我们回家吧。"]])("%s keeps the word 算了 'forget it'", (text) => {
    expect(texts(text)).toContain("算了");
  });
});

describe("死 the degree", () => {
  it.each([
    ["哈哈，你这个人真逗，笑死我了。", "死"],
    ["今天热死了。", "死"],
    ["累死了！", "累死"],
  ])("%s glosses %s as 'extremely'", (text, word) => {
    expect(glossOf(text, word)).toMatch(/extremely/);
  });

  it.each([["他死了。", "死"], ["那条鱼死了。", "死"], ["他被打死了。", "打死"]])("%s keeps 'to die' or the word's own sense", (text, word) => {
    expect(glossOf(text, word) ?? "").not.toMatch(/extremely/);
  });
});

describe("直 before a verb", () => {
  it("is the adverb, not 'straight; to straighten'", () => {
    expect(glossOf("他气得直跺脚。", "直")).toMatch(/^\(before a verb\) straight; directly; continuously/);
  });

  it.each([["这条路很直。"], ["这根竹子长得很直。"]])("%s keeps the adjective", (text) => {
    expect(glossOf(text, "直")).toMatch(/^straight/);
  });
});

describe("an oath CC-CEDICT lists, before a noun", () => {
  it("is the noun and the possessive (奶奶的老家 'grandma's hometown')", () => {
    expect(texts("奶奶的老家在农村。").slice(0, 3)).toEqual(["奶奶", "的", "老家"]);
  });

  it("keeps the oath on its own (奶奶的！)", () => {
    expect(texts("奶奶的！又迟到了。")).toContain("奶奶的");
  });
});
