import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newsWords } from "@/lib/dict/news-words";
import { cedictEntries } from "@/lib/dict/cedict";
import { glossOf, lessonTokens, readingOf } from "../../support/lesson-tokens";

// News words CC-CEDICT lacks (lib/dict/data/news-words.tsv), compiled into the dictionary and the
// segmenter's word list. Found reading a markets brief and a basketball report of our own (3
// December 2026): 早|盘, 领|跌, 沪|指 "finger", 美|股 "beautiful + thigh", 首节 "first · joint".

const cut = (text: string) => lessonTokens(text).map((t) => t.text);

describe("the news words file", () => {
  it("is well formed: one syllable per character, a tag, at least one sense", () => {
    const words = newsWords();
    expect(words.length).toBeGreaterThan(50);
    for (const w of words) {
      expect(w.pinyin.split(" ")).toHaveLength([...w.word].length);
      expect(w.senses.every((s) => s.length > 0)).toBe(true);
    }
    expect(new Set(words.map((w) => w.word)).size).toBe(words.length);
  });

  it("refuses a malformed line, naming it", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "news-words-")), "bad.tsv");
    fs.writeFileSync(file, "# ok\n早盘\tzao3\tt\tmorning session\n");
    expect(() => newsWords(file)).toThrow(/line 2/);
  });

  it("becomes dictionary entries with their readings and senses", () => {
    const [entry] = cedictEntries("领跌");
    expect(entry.pinyin).toBe("lǐng diē");
    expect(entry.definitions[0]).toMatch(/lead the losses/);
  });
});

describe("in a lesson", () => {
  const brief = "周二早盘，沪指小幅低开，半导体板块领跌，隔夜美股涨跌不一，北向资金净流出。";

  it("keeps the market words whole and glosses them", () => {
    const tokens = cut(brief);
    for (const w of ["早盘", "沪指", "领跌", "美股", "涨跌不一", "北向资金"]) expect(tokens).toContain(w);
    expect(glossOf(brief, "沪指")).toMatch(/Shanghai Composite Index/);
    expect(readingOf(brief, "早盘")).toBe("zǎo pán");
  });

  it("does not glue a news word across the words around it (counter-cases)", () => {
    expect(cut("这是一部完美股份公司的宣传片。")).toContain("完美");
    expect(cut("我们要提高开放水平。")).toEqual(expect.arrayContaining(["提高", "开放"]));
    expect(cut("其中企业占了一半。")).toEqual(expect.arrayContaining(["其中", "企业"]));
    expect(cut("你能做多少就做多少。")).toContain("多少");
  });

  it("reads a sports report's words", () => {
    const report = "首节比赛，主队一度落后，第四节才追平比分。";
    expect(cut(report)).toContain("首节");
    expect(glossOf(report, "首节")).toMatch(/first quarter/);
    expect(glossOf(report, "追平")).toMatch(/draw level/);
  });
});
