import { describe, expect, it } from "vitest";
import { pinyin } from "pinyin-pro";
import { PinyinProContext } from "@/lib/text/g2p/pinyin-pro-context";
import { charsOf, isHan } from "@/lib/text/pinyin-syllables";

// PinyinProContext reads a character alone unless a phrase that reads it otherwise is around it
// (or it is 了 一 不 々): the answers must be pinyin-pro's on the whole sentence, character by character.
const SENTENCES = [
  "这个问题我们自个儿解决，不必麻烦别人。",
  "他一个人在银行门口等了一会儿，不说一句话。",
  "了解情况以后，他了了心事。",
  "人们在路上看见皇上，一一行礼。",
  "并州的南方人拉着车，并不觉得累。",
  "头发长长了，长辈说该剪了。",
  "看看々字怎么读。",
  "𠮷野家的牛肉饭很好吃。",
];

describe("pinyin-pro readings in context", () => {
  it.each(SENTENCES)("matches pinyin-pro on the whole sentence: %s", (sentence) => {
    const chars = charsOf(sentence);
    const whole = pinyin(sentence, { type: "array", toneSandhi: false });
    const context = new PinyinProContext(chars);
    chars.forEach((ch, i) => {
      if (!isHan(ch)) return;
      const expected = whole[i] && whole[i] !== ch ? whole[i].toLowerCase() : undefined;
      expect(context.readingAt(i), `${ch} at ${i}`).toBe(expected);
    });
  });
});
