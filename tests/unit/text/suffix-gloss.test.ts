import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";

// Words CC-CEDICT lacks, glossed by a word and a suffix (lib/text/part-gloss.ts) or a direction
// and 部 "part" (compound-gloss.ts sidePartGloss); and an etymology sense moved behind the use.

describe("suffix glosses", () => {
  it.each([
    ["提高正确性。", "正确性", "correct + -ity; -ness (quality)"],
    ["反对殖民化。", "殖民化", "colony + -ization (to make or become)"],
    ["秘书处发表声明。", "秘书处", "secretary + office; place"],
    ["他加入了起义军。", "起义军", "uprising + army"],
    ["位于城市东北部。", "东北部", "northeastern part"],
    ["叶片基部较宽。", "基部", "base part"],
  ])("%s: %s is glossed %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it.each([
    ["他写了许多部小说。", "许多部"],
    ["乘坐五号线。", "五号线"],
  ])("%s: %s is no word + 部/处 suffix (a count + measure word; an ordinal line)", (text, word) => {
    expect(glossOf(text, word) ?? "").not.toMatch(/department|office/);
  });

  it("puts a character's etymology behind its use (革命 'revolution', not 'to withdraw the mandate of heaven')", () => {
    expect(glossOf("这是一场革命。", "革命")).toMatch(/^revolution/);
  });
});
