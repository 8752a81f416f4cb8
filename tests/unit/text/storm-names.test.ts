import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt, tokenOf } from "../../support/lesson-tokens";
import { cedictEntries, preferredEntry } from "@/lib/dict/cedict";

// Found reading a Taiwan and Hong Kong news item of our own in traditional characters (eighteenth
// session): a typhoon's name, a wage rise (調漲), a meeting (年會上), and 台风 itself.

const texts = (text: string) => lessonTokens(text).map((t) => t.text);

describe("a storm's name in quotes (lib/text/storm-names.ts)", () => {
  it("is one name token after the word for the storm, in either script", () => {
    expect(tokenOf("颱風「凱米」預計明晚在台灣東部登陸。", "凱米")).toMatchObject({ kind: "name", pinyin: "kǎi mǐ", gloss: "(the name of a tropical storm)" });
    expect(tokenOf("今年第5号台风“山竹”已经生成。", "山竹")?.kind).toBe("name");
    expect(tokenOf("飓风“米尔顿”袭击了佛罗里达。", "米尔顿")?.kind).toBe("name");
  });

  it("leaves quoted words alone after anything else, and a quote too long for a name (counter-cases)", () => {
    expect(tokenOf("他说“你好”。", "你好")?.kind).toBe("word");
    expect(texts("台风“越来越强了”。")).not.toContain("越来越强了");
  });
});

describe("words of a traditional news item", () => {
  it("glosses 台风 'typhoon', the usual word where CC-CEDICT's two entries tie (臺風 'stage presence')", () => {
    expect(glossOf("台风预计明天登陆。", "台风")).toBe("typhoon");
    expect(preferredEntry(cedictEntries("台风"))?.traditional).toBe("颱風");
    // 机制 "mechanism" stays before 機製 "machine-made": OpenCC writes 機制.
    expect(preferredEntry(cedictEntries("机制"))?.definitions[0]).toBe("mechanism");
  });

  it("reads 调 tiáo before 涨 and 降 (調漲基本工資), diào moved somewhere", () => {
    expect(readingAt("行政院宣布明年起調漲基本工資。", 8)).toBe("tiáo");
    expect(readingAt("政府决定调涨电价。", 4)).toBe("tiáo");
    expect(readingAt("他调到北京工作。", 1)).toBe("diào");
  });

  it("cuts 年|会上 as 年会|上 'at the annual meeting', and keeps a preposition's object (在|地上)", () => {
    expect(texts("行长在年会上说。")).toEqual(["行长", "在", "年会", "上", "说", "。"]);
    expect(texts("他在地上画了一个圈。")).toContain("地上");
    expect(glossOf("在今天的会上，他说。", "会上")).toBe("meeting + on");
  });
});
