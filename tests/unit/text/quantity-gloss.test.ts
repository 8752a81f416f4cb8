import { describe, expect, it } from "vitest";
import { glossOf } from "../../support/lesson-tokens";

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
    ["他四十多岁。", "四十多岁", "more than 40 years old"],
    ["三十多名学生", "三十多名", "more than 30 + (classifier for people)"],
    ["有多名官员出席。", "多名", "many + (classifier for people)"],
    ["多家企业参与。", "多家", "many + (classifier for families or businesses)"],
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
