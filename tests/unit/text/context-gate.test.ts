import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { mayBeRuled } from "@/lib/text/context-gloss";
import { glossOf } from "../../support/lesson-tokens";

// contextGloss returns null at once for a token that no rule names and that has none of the shapes
// (longer words) or kinds (one character: a surname, a verb, a classifier…) the rules read
// (context-gloss.ts mayBeRuled). A rule that names a new word in a switch must have the word listed
// there: this test reads the switches.

const FILES = ["lib/text/context-gloss.ts", "lib/text/quantity-gloss.ts", "lib/text/usage-gloss.ts", "lib/text/function-gloss.ts", "lib/text/preceding-gloss.ts", "lib/text/degree-gloss.ts", "lib/text/price-gloss.ts"];

describe("contextGloss's gate (mayBeRuled)", () => {
  it("lets through every word a rule names in a switch", () => {
    const labels = FILES.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/case "([^"]+)":/g)].map((m) => m[1]));
    expect(labels.filter((w) => w.length >= 2).length).toBeGreaterThan(10);
    expect(labels.filter((w) => w.length === 1).length).toBeGreaterThan(40);
    for (const word of labels) expect(mayBeRuled(word), word).toBe(true);
  });

  it("lets through the shapes the rules read, and stops ordinary words", () => {
    for (const word of ["第十二条", "八折", "两百块", "十九号", "第三季度", "三连胜", "不去", "没有", "多年", "余下", "两点", "2024年", "礼拜", "落地", "一边"]) expect(mayBeRuled(word), word).toBe(true);
    for (const word of ["中国", "关系", "发展", "人类命运共同体", "表示", "𠮷"]) expect(mayBeRuled(word), word).toBe(false);
    // One character: a surname (王), a verb whose first sense is none (带 "band; belt"), a classifier
    // (本, 封), 前, 比, 余 pass; 的, 吗, 呢 and 是 ("to be" first: no rule changes it) do not.
    for (const ch of ["王", "带", "封", "前", "比", "余", "须"]) expect(mayBeRuled(ch), ch).toBe(true);
    for (const ch of ["的", "吗", "呢", "啊", "是"]) expect(mayBeRuled(ch), ch).toBe(false);
  });

  it("still glosses those words by their place in a lesson", () => {
    expect(glossOf("第十二条 用人单位应当依法缴纳社会保险费。", "第十二条")).toBe("Article 12");
    expect(glossOf("他们昨晚取得了三连胜。", "三连胜")).toBe("3 wins in a row");
    expect(glossOf("对他来说，这很重要。", "来说")).toBe("(对…来说) as far as … is concerned; for …");
    expect(glossOf("王阿姨今天来了。", "阿姨")).toContain("auntie");
    expect(glossOf("他没带课本。", "带")).toMatch(/^to /);
    expect(glossOf("我们就两国关系交换了意见。", "就")).toMatch(/^with regard to/);
  });
});
