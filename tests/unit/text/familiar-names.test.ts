import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, tokenOf } from "../../support/lesson-tokens";

// lib/text/familiar-names.ts: textbook names 小明, 小红 as one name token, and jieba's harvested
// "names" that swallowed a function word or a verb (和小红, 觉得很没) cut apart again.
const words = (text: string) => lessonTokens(text).map((t) => t.text);

describe("小 + a given name, where a name stands: one token of kind name", () => {
  it.each([
    ["小明和小红是好朋友。", ["小明", "小红"]],
    ["小丽今天很高兴。", ["小丽"]],
    ["小刚说他不去了。", ["小刚"]],
    ["小华喜欢画画。", ["小华"]],
    ["我跟小明一起去。", ["小明"]],
  ])("%s", (text, names) => {
    for (const name of names) {
      const token = tokenOf(text, name);
      expect(token?.kind).toBe("name");
      expect(token?.pinyin).toBe(`xiǎo ${token?.pinyin?.split(" ")[1]}`);
    }
    expect(words(text)).not.toContain("和小红");
  });

  it.each([["他给了我一小张纸。"], ["一小块蛋糕。"], ["这个房间很小。"], ["小红花真好看。"], ["小猫跑了。"], ["他从小就喜欢音乐。"]])("%s has no such name", (text) => {
    expect(lessonTokens(text).filter((t) => t.kind === "name")).toEqual([]);
  });
});

it("小张 after a numeral is 'small' and the measure word; alone it stays the familiar name", () => {
  expect(words("他给了我一小张纸。")).toEqual(expect.arrayContaining(["一", "小", "张", "纸"]));
  expect(tokenOf("小张今天没来。", "小张")?.gloss).toMatch(/^Little Zhang/);
});

describe("a harvested name that swallowed a neighbour is cut apart", () => {
  it("我觉得很没意思。", () => {
    expect(words("我觉得很没意思。")).toEqual(["我", "觉得", "很", "没", "意思", "。"]);
  });

  it("这片原始森林占地约三百公顷。", () => {
    const text = "这片原始森林占地约三百公顷。";
    expect(words(text)).toEqual(expect.arrayContaining(["原始", "森林", "占地", "约"]));
    expect(glossOf(text, "约")).toMatch(/approximately/);
  });

  it.each([["和平村"], ["于阗国"], ["清凉寺"], ["加冕礼"]])("%s, a word and its suffix or a place, stays whole", (word) => {
    expect(words(`他们去了${word}。`)).toContain(word);
  });

  it("将 before a word of ability stays 'will' (挪威将无法保持中立)", () => {
    expect(glossOf("挪威将无法保持中立。", "将")).toMatch(/^will/);
  });
});
