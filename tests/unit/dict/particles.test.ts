import { describe, expect, it } from "vitest";
import { frequencyRank, isParticle } from "@/lib/dict/hsk";
import { hasWordStatus } from "@/lib/text/vocabulary";

describe("particles (never counted as new words)", () => {
  it("one-character words whose main part of speech is a particle or interjection", () => {
    for (const p of ["的", "了", "着", "过", "吗", "呢", "吧", "啊"]) expect(isParticle(p), p).toBe(true);
  });
  it("counter-cases: a particle sense that is not the main one, and multi-character words tagged u", () => {
    // 等 (to wait; u "etc." second), 来, 给 are verbs first; 一样 and 似的 carry a u tag but are vocabulary.
    for (const w of ["等", "来", "给", "在", "和", "一样", "似的", "的话"]) expect(isParticle(w), w).toBe(false);
  });
  it("only words, idioms and phrases that are not particles get a status", () => {
    expect(hasWordStatus({ text: "和平", kind: "word" })).toBe(true);
    expect(hasWordStatus({ text: "的", kind: "word" })).toBe(false);
    expect(hasWordStatus({ text: "王毅", kind: "name" })).toBe(false);
    expect(hasWordStatus({ text: "2025年", kind: "number" })).toBe(false);
    expect(hasWordStatus({ text: "行稳致远", kind: "phrase" })).toBe(true);
  });
  it("general frequency rank: frequent words rank higher", () => {
    expect(frequencyRank("的")!).toBeLessThan(frequencyRank("和平")!);
    expect(frequencyRank("行稳致远")).toBeNull();
  });
});
