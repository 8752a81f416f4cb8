// A friends' dialogue of our own (seventh session): degree adverb + 好/难 adjectives, A-not-A
// questions, clock times before a meeting place.
import { describe, expect, it } from "vitest";
import { glossOf as gloss, lessonTokens } from "../../support/lesson-tokens";

const words = (s: string) => lessonTokens(s).map((t) => t.text);

describe("a degree adverb before 好X / 难X", () => {
  it("is cut before the adjective", () => {
    expect(words("那部片子挺好看的。")).toEqual(expect.arrayContaining(["挺", "好看"]));
    expect(words("这个菜太难吃了。")).toEqual(expect.arrayContaining(["太", "难吃"]));
  });

  it("keeps other pairs and a particle after them (counter-cases)", () => {
    expect(words("战争最终于8月结束。")).toContain("最终"); // not 最|终于
    expect(words("太好了！")).not.toContain("好了");
  });
});

describe("A-not-A questions", () => {
  it("gloss the negated half as the question it makes", () => {
    expect(gloss("要不要一起去看电影？", "不要")).toMatch(/^\(要不要: 要 or not\? a yes-no question\)/);
    expect(gloss("你去不去？", "去不去")).toBe("to go or not? (a yes-no question)");
  });

  it("leave a plain negation alone (counter-case)", () => {
    expect(gloss("我不要。", "不要")).toMatch(/^don't/);
  });
});

describe("a clock time before a meeting place or verb", () => {
  it("is an hour", () => {
    expect(gloss("咱们六点在电影院门口见吧。", "六点")).toBe("6 o'clock");
  });

  it("three points stay points (counter-case)", () => {
    expect(gloss("我提三点建议。", "三点")).not.toBe("3 o'clock");
  });
});

describe("a phone call between neighbours (qa15)", () => {
  it("reads forms of address, 才能 before a verb, a verb before 这个, 太 and 我家", () => {
    expect(gloss("喂，李姐，你下午有空吗？", "李")).toMatch(/^surname Li/);
    expect(words("物业的人说明天才能来修。")).toEqual(expect.arrayContaining(["才", "能"]));
    expect(gloss("我有个朋友是干这个的。", "干")).toMatch(/^to manage; to work; to do/);
    expect(gloss("太感谢了！", "太")).toBe("too (much); very");
    expect(gloss("我家的水管漏水了。", "我家")).toBe("my + home; family");
  });

  it("keeps the noun 才能, 他俩 and 李 before a noun (counter-cases)", () => {
    expect(words("他很有才能。")).toContain("才能");
    expect(gloss("他俩是好朋友。", "他俩") ?? "").not.toMatch(/^his \+/);
    expect(gloss("他在吃李子。", "李子")).toMatch(/plum/);
  });
});
