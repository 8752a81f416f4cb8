import { describe, expect, it } from "vitest";
import { readingOfChar, readingOf } from "../../support/lesson-tokens";

// Readings found on a batch of 220 of our own sentences written on 2026-12-03 (nineteenth
// session; 92.27 % before any rule here, `npm run bench:pinyin -- --own FILE`). The sentences below
// are new ones, not the batch's; each rule has its counter-cases beside it.

const at = readingOfChar;

describe("a place name CC-CEDICT spells in its English (g2p/word-readings.ts)", () => {
  it("reads 乐亭 Lào as the entry and its county's English 'Laoting' do, not pinyin-pro's lè", () => {
    expect(readingOf("他的老家在乐亭。", "乐亭")).toBe("lào tíng");
  });

  it("keeps 乐 lè where no such name is (counter-case)", () => {
    expect(at("这个亭子里的人都很快乐。", "乐")).toBe("lè");
  });
});

describe("one neighbour decides (g2p/neighbour-frames.ts, frames.ts)", () => {
  it.each([
    ["小狗在院子里逮着了一只麻雀。", "逮", "dǎi"],
    ["他终于被派出所逮住了。", "逮", "dǎi"],
    ["警方依法逮捕了犯罪嫌疑人。", "逮", "dài"], // a word
    ["她正在写一部梁启超传。", "传", "zhuàn"],
    ["这个消息是老张传出去的。", "传", "chuán"], // more after it
    ["小李传给我一份文件。", "传", "chuán"],
    ["周末我想好好补个觉。", "觉", "jiào"],
    ["一觉醒来，天已经亮了。", "觉", "jiào"],
    ["我觉得这个主意不错。", "觉", "jué"], // 觉得 is a word
    ["朋友送了我一根红参。", "参", "shēn"],
    ["我们一起参观了博物馆。", "参", "cān"],
    ["妈妈给她扎了两条麻花辫。", "扎", "zā"],
    ["护士在他胳膊上扎了一针。", "扎", "zhā"],
    ["爷爷给孙子削了两个梨。", "削", "xiāo"],
    ["公司决定削减开支。", "削", "xuē"], // a word
  ])("%s reads %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });
});
