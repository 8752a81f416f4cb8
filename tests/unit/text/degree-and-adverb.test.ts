import { describe, expect, it } from "vitest";
import { lessonTokens, readingAt } from "../../support/lesson-tokens";

// Readings fixed by a degree word or an adverb's place (g2p/frame-words.ts DEGREE, frames.ts
// readingOfChang and readingOfDao), and the cut 长|长|了 (everyday-cuts.ts). Sentences of our own.
const at = (text: string, char: string, from = 0) => readingAt(text, text.indexOf(char, from));
const words = (text: string) => lessonTokens(text).map((t) => t.text);

describe("长 after 有点, 有些, 稍微: the adjective cháng", () => {
  it.each([["这部电影有点长。"], ["电影有点长，但是很好看。"], ["他的头发有些长了。"], ["裤子稍微长了一点。"]])("%s", (text) => {
    expect(at(text, "长")).toBe("cháng");
  });

  it.each([["他长得很像他爸爸。"], ["孩子长大了。"], ["他是我们的校长。"]])("%s keeps zhǎng", (text) => {
    expect(at(text, "长")).toBe("zhǎng");
  });
});

describe("长长了: the verb and its result, zhǎng cháng", () => {
  it.each([["她的头发长长了。"], ["指甲又长长了，该剪了。"]])("%s", (text) => {
    expect(words(text)).toContain("长");
    expect(words(text)).not.toContain("长长");
    const first = text.indexOf("长长");
    expect(readingAt(text, first)).toBe("zhǎng");
    expect(readingAt(text, first + 1)).toBe("cháng");
    expect(lessonTokens(text).find((t) => t.text === "长" && t.pinyin === "zhǎng")?.gloss).toMatch(/^to grow/);
  });

  // 路边停着长长一排车: a doubled adjective no dictionary has was zhǎng zhǎng (verb-frames).
  it.each([["她有一头长长的头发。"], ["他长长地叹了一口气。"], ["路边停着长长一排车。"]])("%s keeps the doubled adjective cháng cháng", (text) => {
    const first = text.indexOf("长长");
    expect(readingAt(text, first)).toBe("cháng");
    expect(readingAt(text, first + 1)).toBe("cháng");
  });
});

describe("倒 as an adverb, 'yet; on the contrary': dào", () => {
  it.each([["我倒觉得没什么。"], ["这倒也是。"], ["他倒没生气。"], ["你说得倒容易。"], ["我倒想看看他怎么说。"], ["这样倒好。"]])("%s", (text) => {
    expect(at(text, "倒")).toBe("dào");
  });

  it.each([["墙倒了。"], ["这棵树倒不了。"], ["他倒在地上。"], ["大树被风刮倒了。"]])("%s keeps dǎo, to fall", (text) => {
    expect(at(text, "倒")).toBe("dǎo");
  });
});

describe("倒 and a complement jieba keeps whole, after 把: dào, to pour out", () => {
  it("他把水倒掉了。", () => {
    expect(at("他把水倒掉了。", "倒")).toBe("dào");
  });

  it("墙倒塌了。 keeps dǎo", () => {
    expect(at("墙倒塌了。", "倒")).toBe("dǎo");
  });
});
