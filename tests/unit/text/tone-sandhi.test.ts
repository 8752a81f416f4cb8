import { describe, expect, it } from "vitest";
import { applyToneSandhi } from "@/lib/text/tone-sandhi";

const t = (text: string, pinyin: string | null) => ({ text, pinyin });

describe("applyToneSandhi", () => {
  it("changes 一 before fourth and other tones", () => {
    expect(applyToneSandhi([t("一个", "yī gè")])).toEqual(["yí gè"]);
    expect(applyToneSandhi([t("一天", "yī tiān")])).toEqual(["yì tiān"]);
    expect(applyToneSandhi([t("一", "yī"), t("年", "nián")])).toEqual(["yì", "nián"]);
  });

  it("changes 不 before a fourth tone only, across tokens", () => {
    expect(applyToneSandhi([t("不", "bù"), t("是", "shì")])).toEqual(["bú", "shì"]);
    expect(applyToneSandhi([t("不好", "bù hǎo")])).toEqual(["bù hǎo"]);
  });

  it("leaves 一 as a number: ordinals, word-final, digit sequences, sentence end", () => {
    expect(applyToneSandhi([t("第一", "dì yī"), t("个", "gè")])).toEqual(["dì yī", "gè"]);
    expect(applyToneSandhi([t("统一", "tǒng yī"), t("市场", "shì chǎng")])).toEqual(["tǒng yī", "shì chǎng"]);
    expect(applyToneSandhi([t("十一", "shí yī"), t("月", "yuè")])).toEqual(["shí yī", "yuè"]);
    expect(applyToneSandhi([t("一一", "yī yī")])).toEqual(["yī yī"]);
    expect(applyToneSandhi([t("唯一", "wéi yī"), t("。", null)])).toEqual(["wéi yī", null]);
  });

  it("does not touch tokens whose pinyin does not match their characters", () => {
    expect(applyToneSandhi([t("一个", "yī")])).toEqual(["yī"]);
  });
});

describe("applyToneSandhi with er-hua and numbers", () => {
  it("reads 一 before an er-hua syllable and keeps the joined syllable", () => {
    expect(applyToneSandhi([t("一点儿", "yī diǎnr")])).toEqual(["yì diǎnr"]);
    expect(applyToneSandhi([t("一会儿", "yī huìr")])).toEqual(["yí huìr"]);
  });

  it("keeps number readings whole and uses their first syllable as the next tone", () => {
    expect(applyToneSandhi([t("不", "bù"), t("2024年", "èr líng èr sì nián")])).toEqual(["bú", "èr líng èr sì nián"]);
    expect(applyToneSandhi([t("不", "bù"), t("40%", "bǎi fēn zhī sì shí")])).toEqual(["bù", "bǎi fēn zhī sì shí"]);
    expect(applyToneSandhi([t("1.5%", "bǎi fēn zhī yī diǎn wǔ")])).toEqual(["bǎi fēn zhī yī diǎn wǔ"]);
  });
});
