import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingOfChar, readingOf } from "../../support/lesson-tokens";

// Errors found by reading ten new texts of ten genres (a press release, a verdict, health advice,
// a product launch, a basketball report, a travel blog, a landlord and a tenant, a markets brief,
// an environment item, a Taiwan item in traditional characters; 3 December 2026), fixed by general
// rules. The sentences here are new ones, not the texts'; each rule has its counter-cases.

const at = readingOfChar;
const cut = (text: string) => lessonTokens(text).map((t) => t.text);

describe("senses CC-CEDICT lists but not first, by their place (lib/text/usage-gloss.ts)", () => {
  it.each([
    ["此案经调查核实后移交检察院。", "经", "through; after (a process); to undergo"],
    ["外资本周净买入超过百亿元。", "净", "net (income, exports etc)"],
    ["学校把安全教育作为首要任务。", "作为", "to take sth to be; to view as"],
    ["李阿姨每天早上去公园跳舞。", "阿姨", "auntie (address for a woman of one's parents' generation)"],
    ["电脑坏了，得拿去修。", "修", "to repair; to build; to decorate; to embellish"],
    ["北京队主场迎战对手。", "队", "team; group"],
  ])("%s: %s is %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it.each([
    ["他每天早上读经。", "读经"], // a word of its own
    ["作为一名记者，他走遍了全国。", "作为"], // the preposition at a clause start
    ["她是我的阿姨。", "阿姨"], // no surname before it
  ])("%s keeps %s as the dictionary or another rule has it (counter-case)", (text, word) => {
    const gloss = glossOf(text, word) ?? "";
    expect(gloss).not.toMatch(/^(?:through; after|to take sth to be|auntie)/);
  });
});

describe("function words by their neighbours (lib/text/function-gloss.ts)", () => {
  it("reads 过 before a one-character adjective as 'too' (食盐摄入过多), and after a verb as the aspect", () => {
    expect(glossOf("老人食盐摄入不宜过多。", "过")).toBe("too; excessively");
    expect(glossOf("我吃过这道菜。", "吃过") ?? glossOf("我吃过这道菜。", "过")).toMatch(/before/);
  });

  it("reads 不过 after a pause and before an adverb as 'but', before a quantity as 'no more than'", () => {
    expect(glossOf("好吧，不过一定要早点回来。", "不过")).toMatch(/^but/);
    expect(glossOf("这件衣服不过五十块钱。", "不过")).toMatch(/only|no more than/);
  });

  it("glosses a metric unit after a number, and the verb it also is before 到/至", () => {
    expect(glossOf("每瓶装500克。", "克")).toBe("gram");
    expect(glossOf("气温从10度升到15度。", "升") ?? "").not.toBe("liter");
  });
});

describe("a team named by its province (lib/text/part-gloss.ts)", () => {
  it("follows the place's pointer to its province for the name", () => {
    expect(glossOf("山东队以两分险胜。", "山东队")).toBe("Shandong + team");
  });
});

describe("cuts, kinds and readings from the same texts", () => {
  it("does not take 谢谢您 for a name (jieba tags it nr)", () => {
    expect(cut("麻烦您了，谢谢您！")).toEqual(expect.arrayContaining(["谢谢", "您"]));
    expect(lessonTokens("谢谢您的耐心。").find((t) => t.kind === "name")).toBeUndefined();
  });

  it.each([
    ["病人应以卧床休息为主。", "应", "yīng"],
    ["应邀出席的嘉宾很多。", "应", "yìng"],
    ["天冷了，老人更要注意保暖。", "要", "yào"],
    ["他冻得瑟瑟发抖。", "得", "de"],
    ["这里的夜景美得让人难忘。", "得", "de"],
    ["我得让她知道这件事。", "得", "děi"],
  ])("%s reads %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });

  it("reads 起来 'to get up' after a time with full first tone, the complement after a verb neutral", () => {
    expect(readingOf("他每天早上六点起来。", "起来")).toBe("qǐ lai");
    expect(readingOf("天气渐渐暖和起来了。", "起来")).toBe("qi lai");
  });
});

describe("a basketball report, a travel note and a kitchen (lib/text/usage-gloss.ts, quantity-gloss.ts)", () => {
  const report = "郭艾伦全场拿下31分9个助攻，篮板球上也有8个篮板进账。";

  it("glosses 全场 before a score as the whole game, 篮板 counted as rebounds, 分 before a count as points", () => {
    expect(glossOf(report, "全场")).toBe("whole duration (of a competition or match)");
    expect(glossOf("他全场砍下28分12个篮板。", "篮板")).toBe("rebound (basketball)");
    expect(glossOf("他全场砍下28分12个篮板。", "分")).toMatch(/^point/);
    expect(glossOf("他以4分39的成绩夺冠。", "分")).toMatch(/^minute/); // minutes and seconds
  });

  it("keeps 全场观众 'everyone present' and 篮板上 the backboard (counter-cases)", () => {
    expect(glossOf("全场观众起立鼓掌。", "全场")).toMatch(/^everyone present/);
    expect(glossOf("球打在篮板上弹了出来。", "篮板")).toBe("backboard");
    expect(at("球打在篮板上弹了出来。", "弹")).toBe("tán");
  });

  it("glosses a streak by its number (三连胜 '3 wins in a row', not 'hat-trick')", () => {
    expect(glossOf("主队迎来三连胜。", "三连胜")).toBe("3 wins in a row");
    expect(glossOf("主队迎来四连胜。", "连胜")).toMatch(/in a row/);
  });

  it("glosses 边 after a place as its side, 一家 before a noun as the count, 咸 as salty", () => {
    expect(glossOf("我们在西湖边散步。", "边")).toBe("side; edge; beside");
    expect(glossOf("我们边吃边聊。", "边")).not.toBe("side; edge; beside");
    expect(glossOf("街角新开了一家书店。", "一家")).toBe("one (classifier for families or businesses)");
    expect(glossOf("我们一家都很喜欢她。", "一家")).toMatch(/^the whole family/);
    expect(glossOf("这汤太咸了。", "咸")).toMatch(/^salty/);
  });

  it("does not take 老高 after a complement for a name (跳起来老高: 'very high')", () => {
    expect(lessonTokens("小猫一下子跳起来老高。").find((t) => t.text === "老高")?.kind).not.toBe("name");
    expect(lessonTokens("我去找老高聊聊。").find((t) => t.text === "老高")?.kind).toBe("name");
  });
});
