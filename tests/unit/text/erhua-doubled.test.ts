import { describe, expect, it } from "vitest";
import { doubledGloss } from "@/lib/text/doubled-gloss";
import { glossOf, readingAt, readingOf } from "../../support/lesson-tokens";

// Er-hua in words only jieba knows (g2p/erhua.ts, char-gloss.ts erhuaGloss), doubled words no
// dictionary lists (doubled-gloss.ts, erhua.ts doubledWordReadings), locatives in a breakdown.

describe("er-hua in a word no dictionary has", () => {
  it.each([
    ["妈妈哼着小曲儿。", "小曲儿", "xiǎo qǔr", /popular song/],
    ["河里的鱼儿游来游去。", "鱼儿", "yúr", /fish/],
    ["这是好事儿。", "好事儿", "hǎo shìr", /good/],
    ["他写的字儿真好看。", "字儿", "zìr", /character/],
  ])("%s reads %s %s, glossed as the word without 儿", (text, word, reading, gloss) => {
    expect(readingOf(text, word)).toBe(reading);
    expect(glossOf(text, word)).toMatch(gloss);
    expect(glossOf(text, word)).not.toMatch(/child/);
  });

  it.each([
    ["医院收治了一名早产儿。", "早产儿"],
    ["好男儿志在四方。", "好男儿"],
    ["我女儿上学了。", "女儿"],
    ["他是个弃儿。", "弃儿"],
    ["婴儿在睡觉。", "婴儿"],
  ])("%s keeps ér in %s (a child or a man, or a dictionary's word)", (text, word) => {
    expect(readingOf(text, word)).toMatch(/ ér$/);
  });
});

describe("doubled words", () => {
  it.each([
    ["他匆匆忙忙地跑了。", "匆匆忙忙", /hurried.*匆忙 doubled/],
    ["屋子打扫得干干净净。", "干干净净", /clean.*干净 doubled/],
    ["河里的鱼儿游来游去。", "游来游去", /back and forth/],
    ["他想来想去，还是决定去。", "想来想去", /^to think.*back and forth/],
    ["这个问题我需要好好想一想。", "想一想", /^to think.* a little/],
  ])("%s glosses %s by the word it doubles", (text, word, gloss) => {
    expect(glossOf(text, word)).toMatch(gloss);
  });

  it("glosses ABAB of a verb as done a little, and refuses what is no doubled word", () => {
    expect(doubledGloss("讨论讨论", "tǎo lùn tǎo lùn")).toMatch(/^to discuss.*讨论 doubled: a little/);
    expect(doubledGloss("一心一意", "yī xīn yī yì")).toBeNull();
    expect(doubledGloss("天天向上", "tiān tiān xiàng shàng")).toBeNull();
    expect(doubledGloss("一一一", "yī yī yī")).toBeNull();
  });

  it("reads both A's of AABB as the word AB reads A (踉跄 liàng qiàng)", () => {
    const text = "他走路踉踉跄跄的。";
    expect(readingAt(text, text.indexOf("踉"))).toBe("liàng");
    expect(readingOf(text, "踉踉跄跄")).toBe("liàng liàng qiàng qiàng");
  });
});

describe("a locative in a character breakdown", () => {
  it("glosses 里 after a noun as the place, not the lining", () => {
    expect(glossOf("河里的鱼儿游来游去。", "河里")).toMatch(/里 in; inside/);
  });

  it("keeps 里 after a numeral out of it (a unit of length)", () => {
    expect(glossOf("行程一百里。", "一百里") ?? "").not.toMatch(/inside/);
  });
});

describe("会 closing a token no dictionary has", () => {
  it.each([["今年的展会改为线上举行。", "展会"], ["他参加了校友会。", "校友会"]])("%s glosses 会 in %s as the gathering", (text, word) => {
    expect(glossOf(text, word)).toMatch(/会 meeting; gathering/);
  });

  it("keeps the modal after an adverb inside the token (杰基总会突然出现 'will always')", () => {
    expect(glossOf("杰基总会突然出现。", "总会") ?? "").not.toMatch(/gathering/);
  });
});
