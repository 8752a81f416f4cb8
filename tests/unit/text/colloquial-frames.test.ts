import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// lib/text/g2p/colloquial-frames.ts, and the modal 得 before a preposition (de-frames.ts).
// Sentences of our own.
const at = (text: string, char: string) => readingAt(text, text.indexOf(char));

describe("着什么急: zháo", () => {
  it.each([["你着什么急？"], ["着啥急啊，慢慢来。"]])("%s", (text) => {
    expect(at(text, "着")).toBe("zháo");
  });

  it.each([["他看着什么东西？"], ["你在想着什么？"]])("%s keeps the aspect particle zhe", (text) => {
    expect(at(text, "着")).toBe("zhe");
  });
});

describe("和 kneading dough: huó", () => {
  it.each([["把面和好了再包饺子。"], ["面先和好，再醒一会儿。"], ["面要和匀。"]])("%s", (text) => {
    expect(at(text, "和")).toBe("huó");
  });

  it.each([["把面和菜一起端上来。"], ["他俩和好了。"], ["我和面包师是朋友。"]])("%s keeps hé", (text) => {
    expect(at(text, "和")).toBe("hé");
  });
});

describe("差 sending someone: chāi; 得 before it the modal děi", () => {
  it.each([["我们得差人去看看。"], ["差个人送过去。"]])("%s", (text) => {
    expect(at(text, "差")).toBe("chāi");
  });

  it("我们得差人去看看。: 得 děi", () => {
    expect(at("我们得差人去看看。", "得")).toBe("děi");
  });

  it.each([["这次考试考得很差。", "chà"], ["差不多了。", "chà"], ["他出差去了上海。", "chāi"]])("%s keeps %s", (text, reading) => {
    expect(at(text, "差")).toBe(reading);
  });
});

describe("得 after a pronoun, before a preposition: the modal děi", () => {
  it.each([["我得和他谈谈。"], ["你得把作业写完。"], ["我得给妈妈打电话。"]])("%s", (text) => {
    expect(at(text, "得")).toBe("děi");
  });

  it.each([["他得了第一名。", "dé"], ["他跑得很快。", "de"]])("%s keeps %s", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });
});

describe("数 before what is counted: shǔ", () => {
  it.each([["孩子在数数字。"], ["他在数钞票。"]])("%s", (text) => {
    expect(at(text, "数")).toBe("shǔ");
  });

  it.each([["数百人参加了活动。"], ["数千名学生参加了比赛。"], ["数年之后，他回来了。"], ["这个数字很大。"], ["数国领导人出席了会议。"]])("%s keeps shù", (text) => {
    expect(at(text, "数")).toBe("shù");
  });
});

describe("得 before a verb phrase jieba keeps whole: děi; before an illness: dé", () => {
  it.each([["这得看情况。"], ["我们得从头开始。"]])("%s", (text) => {
    expect(at(text, "得")).toBe("děi");
  });

  it.each([["我得感冒了。"], ["他得病了。"], ["他得一等奖。"]])("%s keeps dé", (text) => {
    expect(at(text, "得")).toBe("dé");
  });
});

describe("晕 about riding: yùn, motion sickness", () => {
  it.each([["我坐船容易晕。"], ["他一坐车就晕。"], ["坐飞机我会晕。"], ["在船上他晕得厉害。"]])("%s", (text) => {
    expect(readingAt(text, text.indexOf("晕"))).toBe("yùn");
  });

  it.each([["我有点头晕。"], ["她晕过去了。"], ["他坐车回家，路上晕了过去。"], ["他一看到血就晕。"]])("%s keeps yūn (dizzy, fainting; counter-cases)", (text) => {
    expect(readingAt(text, text.indexOf("晕"))).toBe("yūn");
  });
});
