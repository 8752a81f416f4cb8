import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingOf } from "../../support/lesson-tokens";

// lib/text/everyday-cuts.ts: cuts jieba makes by frequency that the neighbours undo, each with
// the sentences where the frequent cut is right.
const words = (text: string) => lessonTokens(text).map((t) => t.text);

describe("人大都 after a word counting people: 人 + 大都 'mostly'", () => {
  it.each([["这些人大都是学生。"], ["他们大多数人大都来自农村。"], ["那些人大都没来。"]])("%s", (text) => {
    expect(words(text)).toEqual(expect.arrayContaining(["人", "大都"]));
    expect(readingOf(text, "大都")).toBe("dà dōu");
    expect(glossOf(text, "大都")).toMatch(/for the most part/);
  });

  it.each([["各级人大都要依法履职。"], ["全国人大都通过了。"], ["人大代表都来了。"]])("%s keeps the congress", (text) => {
    expect(words(text).some((w) => w.endsWith("人大") || w.startsWith("人大"))).toBe(true);
    expect(words(text)).not.toContain("大都");
  });
});

describe("一起来 before a verb or the clause's end: 一起 + 来", () => {
  it.each([["我们一起来吧。"], ["大家一起来看看。"], ["你们一起来吗？"]])("%s", (text) => {
    expect(words(text)).toEqual(expect.arrayContaining(["一起", "来"]));
    expect(readingOf(text, "来")).toBe("lái");
  });

  it("keeps 一|起来 'as soon as … gets up' before 就 (counter-case)", () => {
    expect(words("她一起来就去跑步。")).toEqual(expect.arrayContaining(["一", "起来", "就"]));
  });
});

describe("a pronoun and a modal before a verb are two words", () => {
  it.each([["我会开车。", "我"], ["你会开车吗？", "你"], ["他要走了。", "他"]])("%s", (text, pronoun) => {
    expect(words(text).slice(0, 2)).toEqual([pronoun, text[1]]);
  });

  it("keeps a word CC-CEDICT has, and the pair before a noun (counter-cases)", () => {
    // 我们 is one word whatever follows; 我会 "our association" before a noun is left to jieba.
    expect(words("我们会开车。")[0]).toBe("我们");
    expect(words("我会会员大会。")[0]).toBe("我会");
  });
});

describe("口水 after a count: the measure word 口 and 水", () => {
  it("reads 喝了一大口水 as a big mouthful of water", () => {
    expect(words("他喝了一大口水。")).toEqual(expect.arrayContaining(["一大口", "水"]));
    expect(glossOf("他喝了一大口水。", "水")).toMatch(/^water/);
  });

  it.each([["他擦了擦口水。"], ["他满嘴口水。"]])("%s keeps 口水 'saliva' (counter-case)", (text) => {
    expect(words(text)).toContain("口水");
  });
});

describe("重 + a numeral glued by jieba before a weight", () => {
  it("cuts 重五 (the Dragon Boat Festival) before 公斤 and reads the weight", () => {
    expect(words("这个包重五公斤。")).toEqual(expect.arrayContaining(["重", "五", "公斤"]));
    expect(readingOf("这个包重五公斤。", "重")).toBe("zhòng");
  });

  it("keeps 重五 the festival (counter-case)", () => {
    expect(words("重五那天我们吃粽子。")).toContain("重五");
  });
});

describe("花都开了: a noun and 都 'all', not the district", () => {
  it.each([["春天到了，花都开了。"], ["这些花都开了。"], ["花都谢了。"]])("%s", (text) => {
    expect(words(text)).toEqual(expect.arrayContaining(["花", "都"]));
    expect(readingOf(text, "都")).toBe("dōu");
  });

  it.each([["我们去花都玩。"], ["花都开了一家新店。"]])("%s keeps the district", (text) => {
    expect(words(text)).toContain("花都");
  });

  it("keeps 成都, a city whose first character is a verb (counter-case)", () => {
    expect(words("成都开了。")).toContain("成都");
  });
});

describe("把 and a noun character jieba keeps as one word, before a verb", () => {
  it.each([["请把门关上。"], ["他把门打开了。"], ["你把门关好。"]])("%s: the object marker and 门", (text) => {
    expect(words(text)).toEqual(expect.arrayContaining(["把", "门"]));
  });

  it.each([["门的把手坏了。", "把手"], ["这个把手坏了。", "把手"], ["你去把门。", "把门"]])("%s keeps %s", (text, word) => {
    expect(words(text)).toContain(word);
  });
});

describe("他 and a verb jieba keeps as a word ('other use', 'homicide') before an object or 了", () => {
  it.each([["他杀了一只鸡。", "杀"], ["他用手机拍照。", "用"], ["他用iPhone拍照。", "用"]])("%s: 他 and %s", (text, verb) => {
    expect(words(text).slice(0, 2)).toEqual(["他", verb]);
  });

  it.each([["这笔钱不能挪作他用。", "挪作他用"], ["警方排除了他杀的可能。", "他杀"], ["他人的利益受到保护。", "他人"]])("%s keeps %s", (text, word) => {
    expect(words(text)).toContain(word);
  });
});

describe("a verb CC-CEDICT has, cut by jieba before its complement", () => {
  it.each([["我把照片上传到网上。", "上传", "到"], ["住宅被转交给了他的儿子。", "转交", "给"], ["他被下放到农村。", "下放", "到"]])("%s: %s + %s", (text, verb, complement) => {
    const w = words(text);
    expect(w[w.indexOf(verb) + 1]).toBe(complement);
  });

  it("keeps an adverb (再|生成) and a locative where no verb must come (下|达到)", () => {
    expect(words("对旧衣服进行再加工，转换成纤维后再生成衣料。")).toEqual(expect.arrayContaining(["再", "生成"]));
    expect(words("可以在飓风等级下达到二级标准。")).toEqual(expect.arrayContaining(["下", "达到"]));
  });
});

describe("parties and a verb CC-CEDICT keeps as a noun: subject and verb", () => {
  it.each([["双方同意进一步加强合作。"], ["需要双方同意才行。"]])("%s: 双方 | 同意", (text) => {
    const w = words(text);
    expect(w[w.indexOf("双方") + 1]).toBe("同意");
    expect(lessonTokens(text).find((t) => t.text === "同意")?.gloss).toMatch(/^to agree/);
  });

  it("keeps a word of a party and a noun (counter-case)", () => {
    expect(words("两国人民的友谊源远流长。")).toContain("两国人民");
  });
});
