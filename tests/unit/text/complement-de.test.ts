import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { readingAt } from "../../support/lesson-tokens";

// 得 before a complement that jieba glued to it (得直) or left as one character (装得下): the
// particle de (lib/text/complement-cuts.ts, lib/text/g2p/de-frames.ts), beside the words and frames
// where 得 stays dé or děi.

const tokensOf = (text: string) => buildLesson(text).sentences[0].tokens;
const texts = (text: string) => tokensOf(text).map((t) => t.text);
const at = (text: string) => readingAt(text, text.indexOf("得"));

describe("V得直V: the complement's 得 and the adverb 直", () => {
  it.each([["他气得直跺脚。"], ["孩子饿得直叫。"], ["他高兴得直跳。"], ["她疼得直冒汗。"]])("%s is cut 得|直 and read de zhí", (text) => {
    const tokens = tokensOf(text);
    const de = tokens.findIndex((t) => t.text === "得");
    expect(de).toBeGreaterThan(0);
    expect(tokens[de].pinyin).toBe("de");
    expect(tokens[de + 1].text).toBe("直");
    expect(tokens[de + 1].pinyin).toBe("zhí");
    expect(tokens.some((t) => /appeal/.test(t.gloss ?? ""))).toBe(false);
  });

  it.each([
    ["他又开始得瑟了。", "得瑟"], // before no verb: the verb "to show off"
    ["我们得到了支持。", "得到"], // everyday vocabulary
    ["他很得意。", "得意"],
    ["他终于得出了结论。", "得出"],
  ])("%s keeps %s whole", (text, word) => {
    expect(texts(text)).toContain(word);
  });
});

describe("V得C: the potential complement", () => {
  it.each([["这个箱子装得下吗？"], ["这么重的箱子你拿得动吗？"], ["他拿得出来。"], ["山太高了，我们爬得上去。"]])("%s reads de", (text) => {
    expect(at(text)).toBe("de");
  });

  it.each([
    ["我们得下决心。", "děi"], // a pronoun before: the modal
    ["这病得治。", "děi"],
    ["他得了第一名。", "dé"],
  ])("%s keeps %s", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});

describe("得有 after a subject: the modal děi, 'must have'", () => {
  it.each([["老人家腿脚不便，上下楼梯得有人扶着。"], ["你得有点耐心。"], ["人得有点追求。"], ["这事儿得有个说法。"]])("%s reads děi", (text) => {
    expect(at(text)).toBe("děi");
  });

  it.each([["他说得有道理。", "de"], ["他病得有点重。", "de"], ["我们的心得有很多。", "dé"]])("%s keeps %s (a verb before 得, or the word 心得)", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});
