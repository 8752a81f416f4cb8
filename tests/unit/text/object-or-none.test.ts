import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// Readings found on a sixth batch of our own sentences (seventeenth session), measured before any
// rule was written for them (`npm run bench:pinyin -- --own FILE`). Each rule's positive cases fail
// on the code before it; the counter-cases pass on both.

const at = (text: string, ch: string, from = 0) => readingAt(text, text.indexOf(ch, from));

describe("verbs read by their object, or by having none (g2p/object-or-none.ts)", () => {
  it.each([
    ["她在弹一首曲子。", "tán"],
    ["她在客厅里弹钢琴。", "tán"],
    ["她会弹吉他。", "tán"],
    ["士兵们检查了子弹。", "dàn"],
    ["导弹发射成功了。", "dàn"],
  ])("%s reads 弹 %s", (text, reading) => {
    expect(at(text, "弹")).toBe(reading);
  });

  it.each([
    ["妈妈在市场上挑水果。", "tiāo"],
    ["他挑了两个西瓜。", "tiāo"],
    ["他挑灯夜战。", "tiǎo"],
    ["他们挑起了一场争论。", "tiǎo"],
  ])("%s reads 挑 %s", (text, reading) => {
    expect(at(text, "挑")).toBe(reading);
  });

  it.each([
    ["这件衣服很称身。", "chèn"],
    ["他去称体重。", "chēng"],
    ["大家都称他为老师。", "chēng"],
  ])("%s reads 称 %s", (text, reading) => {
    expect(at(text, "称")).toBe(reading);
  });

  it.each([
    ["这笔生意折了本。", "shé"],
    ["他折了不少钱。", "shé"],
    ["树枝折了。", "shé"],
    ["他把树枝折了。", "zhé"],
    ["他折了一只纸鹤。", "zhé"],
    ["商场里的衣服都打折了。", "zhé"],
  ])("%s reads 折 %s", (text, reading) => {
    expect(at(text, "折")).toBe(reading);
  });

  it.each([
    ["他在工厂看大门。", "kān"],
    ["他看了看大门。", "kàn", 2],
    ["我们去看大门外的风景。", "kàn"],
    ["他在看电视。", "kàn"],
  ])("%s reads 看 %s", (text, reading, from = 0) => {
    expect(at(text, "看", from as number)).toBe(reading);
  });

  it.each([
    ["他还了我一本书。", "huán"],
    ["他把借来的自行车还了回去。", "huán"],
    ["他还了解这件事。", "hái"],
    ["他还在办公室加班。", "hái"],
  ])("%s reads 还 %s", (text, reading) => {
    expect(at(text, "还")).toBe(reading);
  });
});
