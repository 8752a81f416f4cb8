import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";

// Words CC-CEDICT lists verb first, glossed by their noun sense in a noun's place
// (lib/text/noun-slot-gloss.ts), and by their usual senses elsewhere.

describe("a verb-first word in a noun's place", () => {
  it.each([
    ["他参加了这次活动。", "活动", /^\(outdoor etc\) activity; event/],
    ["我们提供优质的服务。", "服务", /^service/],
    ["这是一份很重要的工作。", "工作", /^job/],
    ["双方举行了谈判。", "谈判", /^negotiation/],
  ])("%s: %s is glossed by its noun sense", (text, word, gloss) => {
    expect(glossOf(text, word)).toMatch(gloss);
  });

  it.each([
    ["他每天活动一下身体。", "活动", /^to exercise/],
    ["他向大会报告了工作。", "报告", /^to inform/],
    ["双方的合作很好。", "合作", /^to cooperate/],
    ["老师的指导很重要。", "指导", /^to guide/],
  ])("%s: %s keeps its usual gloss (a verb's place, no noun sense, a plain noun's other sense)", (text, word, gloss) => {
    expect(glossOf(text, word)).toMatch(gloss);
  });

  it("glosses a compound's head by its noun sense (交流活动: exchange + activity)", () => {
    expect(glossOf("举行了文化交流活动。", "交流活动")).toMatch(/\+ \(outdoor etc\) activity$/);
  });
});
