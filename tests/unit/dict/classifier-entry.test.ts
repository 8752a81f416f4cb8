// Of two CC-CEDICT entries of one reading and one size, the measure word's goes first (只 zhī
// "classifier for birds…", not "grain that has begun to ripen"); a word's traditional form follows
// each character's reading (只用 zhǐ: 只; 一只 zhī: 一隻).
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { traditionalOf } from "@/lib/dict/cedict";

const token = (s: string, text: string) => buildLesson(s).sentences.flatMap((x) => x.tokens).find((t) => t.text === text);

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
