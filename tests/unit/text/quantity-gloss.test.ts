import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens } from "../../support/lesson-tokens";

// Quantities the number glosses did not read (lib/text/quantity-gloss.ts), news-frequent forms
// that had no gloss at all, beside the tokens that must keep their own.

describe("quantity tokens", () => {
  it.each([
    ["占三分之二。", "三分之二", "2/3"],
    ["约四分之三的人同意。", "四分之三", "3/4"],
    ["数千人参加了活动。", "数千", "several thousand"],
    ["数十万人涌上街头。", "数十万", "hundreds of thousands"],
    ["千余人参加。", "千余", "more than 1000"],
    ["有百余年历史。", "百余年", "more than 100 years"],
    ["百余人参加。", "百余人", "more than 100 people"],
    ["他四十多岁。", "四十多岁", "more than 40 years old"],
    ["三十多名学生", "三十多名", "more than 30 + (classifier for people)"],
    ["有多名官员出席。", "多名", "many + (classifier for people)"],
    ["多家企业参与。", "多家", "many + (classifier for families or businesses)"],
    ["以何种方式合作？", "何种", "what; which + (classifier for types, kinds, sorts)"],
  ])("%s: %s is glossed %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it("reads 多 after a number jieba cut apart as 'more than' that number, not 'many'", () => {
    expect(glossOf("有20多名学生。", "多名")).toBe("more than 20 + (classifier for people)");
    expect(glossOf("共有190多个国家。", "多个")).toBe("more than 190");
  });

  it.each([
    ["再多点耐心。", "多点"],
    ["他多出了十块钱。", "多出"],
  ])("%s: %s is no count of 'many'", (text, word) => {
    expect(glossOf(text, word) ?? "").not.toMatch(/^many \+/);
  });

  it.each([
    ["增长百分之二十。", "百分之二十", "20%"],
    ["只有十分之一。", "十分之一", "one tenth"],
    ["这个数字很大。", "数字", "numeral; digit; number"],
  ])("%s: %s keeps its own gloss", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });
});

describe("an ordinal in digits and its measure word: one token, as 第三次 is", () => {
  it.each([
    ["这是第3次会谈。", "第3次", "dì sān cì", "3rd time"],
    ["第5届世界互联网大会开幕。", "第5届", "dì wǔ jiè", /^5th \+ \(classifier for events/],
    ["他获得第1名。", "第1名", "dì yī míng", /^1st \+ \(classifier for people/],
    ["他是第24任总统。", "第24任", "dì èr shí sì rèn", /^24th \+ \(classifier for terms/],
    ["排在第2的是他。", "第2", "dì èr", "2nd"],
  ])("%s: %s reads %s", (text, word, reading, gloss) => {
    const token = lessonTokens(text).find((t) => t.text === word);
    expect(token?.pinyin).toBe(reading);
    if (typeof gloss === "string") expect(token?.gloss).toBe(gloss);
    else expect(token?.gloss).toMatch(gloss);
  });

  it("leaves a conjunction after the number alone (第62和第63)", () => {
    expect(lessonTokens("第62和第63号文件。").map((t) => t.text)).toContain("和");
  });
});

describe("verbs before a figure", () => {
  it.each([
    ["约有三分之一的人支持。", "约", "approximately"],
    ["约占30%。", "占", "to account for; to make up (a share)"],
    ["外汇储备为3.2万亿美元。", "为", "to be"],
  ])("%s: %s is glossed %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it.each([
    ["我们约好了明天见面。", "约", /^to make an appointment/],
    ["他占了座位。", "占", /^to take possession of/],
    ["他为人民服务了一辈子。", "为", /^(?!to be$)/],
  ])("%s: %s keeps its own gloss without a figure after it", (text, word, gloss) => {
    expect(glossOf(text, word) ?? "").toMatch(gloss);
  });
});

describe("a figure's bounds and counts of people", () => {
  it.each([
    ["增长百分之二左右。", "百分之二左右", "about 2%"],
    ["两千人左右。", "两千人", "2000 people"],
    ["两千人左右。", "左右", "about; approximately (after a figure)"],
    ["十点左右到。", "左右", "about; approximately (after a figure)"],
  ])("%s: %s is glossed %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it("keeps 左右 'left and right' without a figure before it", () => {
    expect(glossOf("他向左右看了看。", "左右")).toMatch(/^left and right/);
  });
});
