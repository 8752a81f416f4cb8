import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt } from "../../support/lesson-tokens";

// Found reading a spoken dialogue of our own (friends after an illness, booking tickets; eighteenth
// session). Each positive case failed before; the counter-cases pass on both.

const texts = (text: string) => lessonTokens(text).map((t) => t.text);
const at = (text: string, ch: string) => readingAt(text, text.indexOf(ch));

describe("a spoken dialogue", () => {
  it("reads 好 hǎo before a little more of it (好点儿没), hào before a habit", () => {
    expect(at("现在好点儿没？", "好")).toBe("hǎo");
    expect(at("吃了药，好一点了。", "好")).toBe("hǎo");
    expect(at("他好喝酒。", "好")).toBe("hào");
  });

  it("reads 可得 + a verb or a state děi 'certainly must', and leaves the idiom 唾手可得", () => {
    expect(at("你可得注意身体啊。", "得")).toBe("děi");
    expect(at("这回可得小心了。", "得")).toBe("děi");
    expect(texts("这是唾手可得的机会。")).toContain("唾手可得");
  });

  it("glosses 礼拜 after what picks out a week as the spoken 'week', and 做礼拜 as worship", () => {
    expect(glossOf("上礼拜我去了北京。", "礼拜")).toBe("week (spoken: 星期)");
    expect(glossOf("下个礼拜见。", "下")).toBe("next");
    expect(glossOf("下礼拜的聚会你还去吗？", "下礼拜")).toBe("next week (spoken: 下星期)");
    expect(glossOf("他每周去教堂做礼拜。", "做礼拜")).toMatch(/worship/);
  });

  it("joins 过道 'aisle' after 靠, 在 or 的, and keeps 过 an aspect particle before 道歉", () => {
    expect(texts("你要靠窗的还是靠过道的？")).toContain("过道");
    expect(texts("行李别放在过道上。")).toContain("过道");
    expect(texts("他说过道歉的话。")).toContain("道歉");
  });
});

describe("subtitles of a late-night talk", () => {
  it("glosses a verb and a potential complement denied (睡不着, 吃不完) 'cannot', and leaves CC-CEDICT's own (买不起)", () => {
    expect(glossOf("睡不着，心里有点慌。", "睡不着")).toBe("to sleep + cannot (不着: the result not reached)");
    expect(glossOf("这么多菜我吃不完。", "吃不完")).toBe("to eat + cannot (不完: to finish)");
    expect(glossOf("我买不起。", "买不起")).toMatch(/^cannot afford/);
  });
});
