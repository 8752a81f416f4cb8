import { describe, expect, it } from "vitest";
import { hanNumberValue, measureGloss, numberGloss } from "@/lib/text/number-gloss";
import { buildLesson } from "@/lib/text/build-lesson";
import { lessonTokens } from "../../support/lesson-tokens";

describe("numberGloss", () => {
  it.each([
    ["2024年", "the year 2024"],
    ["二〇二五年", "the year 2025"],
    ["一年", "1 year"],
    ["三年", "3 years"],
    ["3月", "March"],
    ["7日", "day 7 (of the month)"],
    ["一季度", "the first quarter (Q1)"],
    ["9时", "9 o'clock (9:00)"],
    ["19时", "19:00 (hour of the 24-hour clock)"],
    ["一千二百万", "12 million (12,000,000)"],
    ["十四亿", "1.4 billion (1,400,000,000)"],
    // 万 and 亿 said as English counts them (million, billion, trillion), the figure after.
    ["1.2亿", "120 million (120,000,000)"],
    ["4.5万亿", "4.5 trillion (4,500,000,000,000)"],
    ["3.5万", "35,000"], // below a million: the figure alone
    ["1234567", "1,234,567"], // an English count would need more than three decimals
    ["20亿年", "2 billion years (2,000,000,000)"],
    ["两千", "2000"],
    ["百分之五点五", "5.5%"],
    ["1.5%", "1.5%"],
    ["40多", "more than 40"],
    ["１２３", "123"],
    ["12,500", "12,500"],
  ])("%s → %s", (text, gloss) => {
    expect(numberGloss(text)).toBe(gloss);
  });

  it.each([
    // Counter-cases: not numbers, impossible dates, ranges and unknown units get no invented gloss.
    ["一起"], ["万一"], ["13月"], ["32日"], ["三五"], ["一些"], ["统一"], ["五季度"],
  ])("%s → null", (text) => {
    expect(numberGloss(text)).toBeNull();
  });

  it("reads Chinese numerals by their units", () => {
    expect(hanNumberValue("一万亿")).toBe(1e12);
    expect(hanNumberValue("一千零五")).toBe(1005);
    expect(hanNumberValue("十")).toBe(10);
    expect(hanNumberValue("二十")).toBe(20);
  });

  it("glosses number tokens of a lesson, and leaves dictionary words with numerals to the dictionary", () => {
    const tokens = buildLesson("2024年，一季度增长了百分之五。我们一起努力。").sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === "2024年")?.gloss).toBe("the year 2024");
    expect(tokens.find((t) => t.text === "一季度")?.gloss).toBe("the first quarter (Q1)");
    expect(tokens.find((t) => t.text === "一起")?.gloss).toMatch(/together/);
  });
});

describe("measureGloss", () => {
  it("glosses a number or demonstrative before a measure word by its parts", () => {
    expect(measureGloss("三名", "sān míng")).toBe("3 + (classifier for people)");
    expect(measureGloss("这场", "zhè chǎng")).toBe("this + (classifier for sporting or recreational activities)");
    expect(measureGloss("几盏", "jǐ zhǎn")).toBe("a few; how many + (classifier for lamps)");
    expect(measureGloss("每部", "měi bù")).toMatch(/^each \+ \(classifier for works of literature/);
  });

  it("leaves alone what is not number + measure word (counter-cases)", () => {
    expect(measureGloss("两周", "liǎng zhōu")).toBeNull(); // 周 "week" is no classifier sense
    expect(measureGloss("这人", "zhè rén")).toBeNull();
    expect(measureGloss("大场", "dà chǎng")).toBeNull(); // 大 is no number
    expect(measureGloss("名", "míng")).toBeNull();
  });

  it("fills tokens no dictionary glosses, never replaces a dictionary gloss", () => {
    const tokens = buildLesson("这场比赛有三名球员受伤，一个人都没走。").sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === "这场")?.gloss).toBe("this + (classifier for sporting or recreational activities)");
    expect(tokens.find((t) => t.text === "三名")?.gloss).toBe("3 + (classifier for people)");
    expect(tokens.find((t) => t.text === "一个")?.gloss).not.toMatch(/classifier/);
  });
});

describe("a year after its era", () => {
  it("is a date read digit by digit, not a count of years", () => {
    const tokens = lessonTokens("公元前221年，秦始皇统一了中国。唐朝建立于公元618年。这座城市有221年的历史。");
    const years = tokens.filter((t) => /^[0-9]+年$/.test(t.text)).map((t) => [t.text, t.pinyin, t.gloss]);
    expect(years).toEqual([
      ["221年", "èr èr yī nián", "221 BC (the year)"],
      ["618年", "liù yī bā nián", "AD 618 (the year)"],
      // Counter-case: a count of years keeps the number and "years".
      ["221年", "èr bǎi èr shí yī nián", "221 years"],
    ]);
  });
});

describe("a multiple and 多 after it", () => {
  it("glosses 一倍 one-fold (doubled), and 多 after a multiple 'more than'", () => {
    const tokens = lessonTokens("营收比前年增长了一倍多。");
    expect(tokens.find((t) => t.text === "一倍")?.gloss).toBe("one-fold (增长一倍: doubled)");
    expect(tokens.find((t) => t.text === "多")?.gloss).toBe("more than (the multiple before it)");
  });

  it("keeps 'many' for 多 elsewhere and 'N times' for other multiples (counter-cases)", () => {
    expect(lessonTokens("参加的人多。").find((t) => t.text === "多")?.gloss).toMatch(/^many/);
    expect(numberGloss("3倍")).toBe("3 times (as much)");
  });
});
