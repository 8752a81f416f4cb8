import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";

// lib/text/price-gloss.ts: discounts and the colloquial yuan. Sentences of our own.
describe("a number and 折: a discount", () => {
  it.each([
    ["全场商品一律打八折。", "八折", "80% of the price (20% off)"],
    ["这件衣服打五折。", "五折", "50% of the price (half price)"],
    ["会员享受八五折优惠。", "八五折", "85% of the price (15% off)"],
  ])("%s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });
});

describe("a number and 块 as money: kuai", () => {
  it.each([
    ["一共五块钱。", "五块", "5 kuai (yuan, colloquial)"],
    ["打折以后只要两百块。", "两百块", "200 kuai (yuan, colloquial)"],
    ["这种苹果卖十块一斤。", "十块", "10 kuai (yuan, colloquial)"],
  ])("%s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it.each([["把蛋糕切成两块。", "两块"], ["他买了两块蛋糕。", "两块"]])("%s keeps pieces", (text, word) => {
    expect(glossOf(text, word)).toMatch(/classifier for pieces/);
  });
});

// number-gloss.ts: units jieba tags as numerals (斤 m), when their first sense names a unit.
describe("a number and a unit jieba tags a numeral", () => {
  it.each([["这种苹果卖十块一斤。", "一斤", "1 + catty"], ["他买了两斤肉。", "两斤", "2 + catty"]])("%s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it("第九日 is no '9th + sun'", () => {
    expect(glossOf("第九日，大军抵达城下。", "第九日") ?? "").not.toMatch(/sun/);
  });
});
