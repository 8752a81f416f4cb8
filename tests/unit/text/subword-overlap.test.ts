// A token no dictionary reads whole takes the readings of the dictionary words inside it
// (lib/text/g2p/word-readings.ts fixFromSubwords); where two of them overlap and read the shared
// character differently, the structure of the token decides. Sentences are our own.
import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

const at = (text: string, char: string) => readingAt(text, text.indexOf(char));

describe("overlapping words inside a token", () => {
  it("a four-character token reads as its two halves (卫冕|冠军, not 冕冠)", () => {
    expect(at("她是这个项目的卫冕冠军。", "冠")).toBe("guàn");
  });

  it("after an adverb, the word that follows it (直|发抖, not 直发 'straight hair')", () => {
    expect(at("他冻得直发抖。", "发")).toBe("fā");
  });

  it.each([
    ["旅行家来了。", "行", "xíng"], // 旅行|家, not 行家 háng
    ["在水里加一点分散剂。", "散", "sàn"], // 分散|剂, not 散剂 sǎn: 分散 is a verb, 剂 its suffix
  ])("a word and its suffix keep the word's reading (counter-cases): %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });
});

describe("得 after a verb jieba keeps whole with it, and before a set phrase", () => {
  it.each([["他冻得直发抖。"], ["他累得满头大汗。"]])("%s: the complement's de", (text) => {
    expect(at(text, "得")).toBe("de");
  });

  it.each([["我们要争取得诺贝尔奖！", "dé"], ["我记得他。", "de"], ["他获得一等奖。", "dé"]])("%s keeps %s (a name is what one wins; words keep their readings)", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });
});
