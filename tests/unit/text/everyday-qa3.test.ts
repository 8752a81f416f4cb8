import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt } from "../../support/lesson-tokens";

// Found reading a new text of several genres (news data, sport, health, a story; seventeenth
// session). Each rule's positive cases fail on the code before it; the counter-cases pass on both.

const texts = (text: string) => lessonTokens(text).map((t) => t.text);

describe("everyday cuts, readings and glosses", () => {
  it("keeps 上月 and 下月 whole (比上月上升), not 上 'last' + 月 'moon'; 天上|月亮 stays", () => {
    expect(texts("指数比上月上升0.2个百分点。")).toContain("上月");
    expect(glossOf("指数比上月上升0.2个百分点。", "上月")).toMatch(/last month/);
    expect(texts("上月的销量很好。")[0]).toBe("上月");
    expect(texts("天上月亮很圆。")).toEqual(["天上", "月亮", "很", "圆", "。"]);
  });

  it("glosses 比 between two numbers as a score's 'to', and keeps 'to compare' elsewhere", () => {
    expect(glossOf("中国女排以3比1战胜了对手。", "比")).toMatch(/^to \(in a score/);
    expect(glossOf("比分是八十七比八十五。", "比")).toMatch(/^to \(in a score/);
    expect(glossOf("今年比去年多3%。", "比")).toMatch(/^to compare/);
    expect(glossOf("他比我高。", "比")).toMatch(/^to compare/);
  });

  it("glosses 后 and 前 closing an event as the time (赛后 'after', 考前 'before'), not 'back'", () => {
    expect(glossOf("主教练赛后表示满意。", "赛后")).toMatch(/后 after$/);
    expect(glossOf("考前要好好复习。", "考前")).toMatch(/前 before$/);
  });

  it("glosses 等 before whom one waits for as 'to wait for', after a list as 'and so on'", () => {
    expect(glossOf("小明只好坐在门口等妈妈。", "等")).toMatch(/^to wait for/);
    expect(glossOf("他在家等消息。", "等")).toMatch(/^to wait for/);
    expect(glossOf("在北京、上海等城市，房价很高。", "等")).toMatch(/^and so on/);
    expect(glossOf("美国等国家表示支持。", "等")).toMatch(/^and so on/);
  });

  it("reads 落 là where a belonging is left somewhere, luò where it falls to the ground", () => {
    expect(readingAt("钥匙落在教室里了。", 2)).toBe("là");
    expect(readingAt("手机落在出租车上了。", 2)).toBe("là");
    expect(readingAt("钥匙落在地上了。", 2)).toBe("luò");
    expect(readingAt("树叶落在地上。", 2)).toBe("luò");
  });

  it("glosses a prefix before the common word it qualifies, past a rarer word it makes (主教练)", () => {
    // (主教练 itself is now a dictionary word, "head coach": lib/dict/data/news-words.tsv.)
    expect(glossOf("主教练对比赛很满意。", "主教练")).toBe("head coach");
    expect(glossOf("他是前总统。", "前总统")).toMatch(/^former \+? ?president/);
    // 教堂 is an HSK word, 主教 none: 主教堂 is glossed as the main church.
    expect(glossOf("主教堂很大。", "主教堂")).toBe("main + church");
  });

  it("glosses 无 + what 有 makes a word of as that word negated (无助于), and leaves CC-CEDICT's own words", () => {
    expect(glossOf("这无助于解决问题。", "无助于")).toBe("not + to contribute to (negates 有助于)");
    expect(glossOf("这无益于团结。", "无益")).toMatch(/^no good/);
  });
});
