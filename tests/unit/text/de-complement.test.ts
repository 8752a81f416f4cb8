import { describe, expect, it } from "vitest";
import { readingAt, readingOf } from "../../support/lesson-tokens";

// 得 between a verb and its complement is the particle de, whether jieba cuts V|得|A or keeps V得A
// whole (lib/text/g2p/frames.ts), beside the words and frames where it is dé or děi.

const at = (text: string) => readingAt(text, text.indexOf("得"));

describe("V得A: the complement's particle", () => {
  it.each([["他跑得快。"], ["你说得好。"], ["他走得慢，总是落在后面。"], ["他每天睡得晚。"], ["他来得晚。"]])("%s reads de", (text) => {
    expect(at(text)).toBe("de");
  });

  it.each([
    ["他取得了成功。", "dé"],
    ["这场比赛的总得分是多少？", "dé"],
    ["深得信任。", "dé"],
    ["我得走了。", "děi"],
  ])("%s keeps %s (a word with dé, the verb's result, the modal)", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});

describe("地 after an adverbial jieba tags a numeral (大声 m)", () => {
  it("reads 大声地喊 de", () => {
    expect(readingAt("他大声地喊。", 3)).toBe("de");
  });

  it.each([["这块地很大。"], ["两亩地都种了麦子。"], ["一大片地。"]])("%s keeps the noun dì after a real count", (text) => {
    expect(readingAt(text, text.indexOf("地"))).toBe("dì");
  });
});

describe("V得到 and V得一手: the potential complement and the skill shown", () => {
  it.each([["他做得到。", "得到", "de dào"], ["你找得到吗？", "得到", "de dào"], ["这个东西买得到吗？", "得到", "de dào"]])("%s: %s reads %s", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([["他得到了支持。"], ["我们得到了很多帮助。"], ["用广角镜头近拍得到的图像。"]])("%s keeps 得到 dé dào (to obtain)", (text) => {
    expect(readingOf(text, "得到")).toBe("dé dào");
  });

  it.each([["他写得一手好字。"], ["她说得一口流利的英语。"]])("%s reads 得 de", (text) => {
    expect(readingAt(text, text.indexOf("得"))).toBe("de");
  });

  // A predicate of 有 as the complement (jieba tags 有道理 n, which read 得 dé "to get").
  it.each([["大家都觉得他说得有道理。"], ["他讲得有意思。"], ["你说得有点快。"]])("%s reads 得 de", (text) => {
    expect(readingAt(text, text.lastIndexOf("得"))).toBe("de");
  });

  it.each([["你得有耐心。", "děi"], ["他获得有关部门的批准。", "dé"]])("%s keeps 得 %s", (text, reading) => {
    expect(readingAt(text, text.lastIndexOf("得"))).toBe(reading);
  });
});

describe("得 the modal děi before an adverb glued to its verb or a manner word", () => {
  it.each([["这个方案还得再改改。"], ["你得这样做才行。"], ["我得先走了。"], ["他们得这么干。"]])("%s", (text) => {
    expect(readingAt(text, text.indexOf("得"))).toBe("děi");
  });

  it.each([["他得先生的真传。", "dé"], ["他还得了一个奖。", "dé"]])("%s keeps %s", (text, reading) => {
    expect(readingAt(text, text.indexOf("得"))).toBe(reading);
  });
});

describe("the modal děi after a noun subject or before 多 + a verb jieba tags otherwise", () => {
  it.each([["这事儿得慢慢来。"], ["作业得先写完。"], ["问题得尽快解决。"], ["天冷了，你得多穿点衣服。"]])("%s reads děi", (text) => {
    expect(at(text)).toBe("děi");
  });

  it.each([
    ["学生得不到帮助。", "dé"], // before a negation: cannot get
    ["这个程序运行得很慢。", "de"], // before a degree word: the complement
    ["他多得了三分。", "dé"],
  ])("%s keeps %s (counter-cases)", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});

describe("和 huó 'to knead' before 得 + its result", () => {
  it.each([["面要和得软一点。"], ["面和得太硬了。"]])("%s: 得 is the complement's de", (text) => {
    expect(at(text)).toBe("de");
  });

  it("得 after the conjunction 和 stays dé (counter-case)", () => {
    expect(at("我和得了奖的人聊天。")).toBe("dé");
  });
});

describe("a one-character noun before 得: the predicate after a pronoun, the subject after a determiner", () => {
  it.each([["她气得说不出话来。", "de"], ["他病得很重。", "de"], ["这病得治。", "děi"]])("%s reads %s", (text, reading) => {
    expect(at(text)).toBe(reading);
  });

  it.each([["这人得罪了很多人。", "dé"], ["北京人幸得一见。", "dé"]])("%s keeps its word's dé (counter-cases)", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});
