// A friends' dialogue of our own (seventh session): degree adverb + 好/难 adjectives, A-not-A
// questions, clock times before a meeting place.
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";

const tokens = (s: string) => buildLesson(s).sentences.flatMap((x) => x.tokens);
const words = (s: string) => tokens(s).map((t) => t.text);
const gloss = (s: string, text: string) => tokens(s).find((t) => t.text === text)?.gloss;

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
