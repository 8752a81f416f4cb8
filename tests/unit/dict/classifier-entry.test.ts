// Of two CC-CEDICT entries of one reading and one size, the measure word's goes first (只 zhī
// "classifier for birds…", not "grain that has begun to ripen"); a word's traditional form follows
// each character's reading (只用 zhǐ: 只; 一只 zhī: 一隻).
import { describe, expect, it } from "vitest";
import { tokenOf as token } from "../../support/lesson-tokens";
import { traditionalOf } from "@/lib/dict/cedict";


describe("measure word entries", () => {
  it("gloss 只 after a demonstrative or number as the classifier", () => {
    expect(token("那只小鸟飞走了。", "只")?.gloss).toMatch(/^classifier for birds/);
    expect(token("他只有一只猫。", "一只")?.gloss).toMatch(/^1 \+ \(classifier for birds/);
  });

  it("leave 只 'only' to its own reading (counter-case)", () => {
    expect(token("他只有一只猫。", "只有")?.gloss).toMatch(/^only/);
  });
});

describe("traditionalOf by reading", () => {
  it("writes each character in the form of its reading", () => {
    expect(traditionalOf("一只", null, "yī zhī")).toBe("一隻");
    expect(traditionalOf("只用", null, "zhǐ yòng")).toBe("只用");
    expect(traditionalOf("短发", null, "duǎn fà")).toBe("短髮");
  });

  it("skips punctuation when it pairs syllables with characters", () => {
    expect(traditionalOf("朋友，只有", null, "péng yǒu zhǐ yǒu")).toBe("朋友，只有");
  });
});

describe("entries that are a variant form of their own headword", () => {
  it("go after the headword's own entry (年 'year', written 年 not 秊)", () => {
    const t = token("他在北京住了三年。", "三年");
    expect(t?.traditional).toBe("三年");
    expect(token("那年冬天很冷。", "那年")?.traditional).toBe("那年");
    expect(traditionalOf("周年", null, "zhōu nián")).toBe("周年");
  });

  it("not an entry that points to another traditional character (制 'system', counter-case)", () => {
    expect(token("这是一种新制度的一部分。", "制度")?.gloss).toMatch(/^system/);
    expect(traditionalOf("制", null, "zhì")).toBe("制");
  });
});

describe("short glosses", () => {
  it("leave out obscure senses where common ones exist (二 without '(Beijing dialect) stupid')", () => {
    expect(token("主队以二比一战胜客队。", "二")?.gloss).toBe("two; 2");
  });
});
