// Two-character adjective + noun words and X地 adverbs CC-CEDICT lacks, glossed by parts
// (lib/text/compound-gloss.ts); 第N年 as an ordinal (part-gloss.ts).
import { describe, expect, it } from "vitest";
import { compoundGloss } from "@/lib/text/compound-gloss";
import { partsGloss } from "@/lib/text/part-gloss";

describe("compoundGloss", () => {
  it("glosses an adjective and a noun, and an adverb in 地", () => {
    expect(compoundGloss("大树", "dà shù")).toBe("big + tree");
    expect(compoundGloss("右脚", "yòu jiǎo")).toBe("right + foot");
    expect(compoundGloss("细心地", "xì xīn de")).toBe("meticulous + (-ly)");
    expect(compoundGloss("长堤", "cháng dī")).toBe("long + dike");
  });

  it("declines names, 地 the place, 长 the verb and verb + object (counter-cases)", () => {
    expect(compoundGloss("南康", "nán kāng")).toBeNull(); // a place jieba knows
    expect(compoundGloss("纪念地", "jì niàn dì")).toBeNull(); // a memorial site, not an adverb
    expect(compoundGloss("长毛", "zhǎng máo")).toBeNull(); // zhǎng "to grow"
    expect(compoundGloss("砍柴", "kǎn chái")).toBeNull();
  });
});

describe("第 + a number + 年", () => {
  it("is an ordinal year", () => {
    expect(partsGloss("第二年", "dì èr nián")).toBe("2nd year");
  });
});

describe("an adjective and a noun word, 此 and a noun character", () => {
  it("glosses them by parts", () => {
    expect(compoundGloss("冷空气", "lěng kōng qì")).toBe("cold + air");
    expect(compoundGloss("女主角", "nǚ zhǔ jué")).toBe("female + leading role");
    expect(partsGloss("此举", "cǐ jǔ")).toBe("this + act; move");
  });

  it("not where the adjective and the next character are a word (counter-case)", () => {
    expect(compoundGloss("大学生", "dà xué shēng")).toBeNull(); // 大学 is a word: no "big + student"
  });
});

describe("次年 and 是因为", () => {
  it("read by parts", () => {
    expect(compoundGloss("次年", "cì nián")).toBe("next + year");
    expect(partsGloss("是因为", "shì yīn wèi")).toBe("is + because");
  });

  it("not 是 before a noun (counter-case)", () => {
    expect(partsGloss("是学生", "shì xué sheng")).toBeNull();
  });
});

describe("a noun and 底", () => {
  it("is 'X + bottom (of)' after a noun", () => {
    expect(partsGloss("坑底", "kēng dǐ")).toBe("pit + bottom (of)");
  });

  it("not after an adjective (counter-case: 红底 'red background')", () => {
    expect(partsGloss("红底", "hóng dǐ")).toBeNull();
  });
});
