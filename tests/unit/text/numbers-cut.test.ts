import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";

// Numbers written in Chinese numerals are one token (sixth session): jieba cut 六百三十万 into
// 六百|三十万, and each piece was glossed as a number of its own (600 + 300,000).

const tokensOf = (text: string) => buildLesson(text).sentences.flatMap((s) => s.tokens);
const texts = (text: string) => tokensOf(text).map((t) => t.text);
const find = (tokens: LessonToken[], text: string) => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join("|")}`);
  return t;
};

beforeAll(() => void getSegmenter(), 60_000);

describe("a number in Chinese numerals", () => {
  it("is one token with its value, however jieba cut it", () => {
    const tokens = tokensOf("计划涉及约六百三十万人。全市常住人口一千二百五十万，比去年增加三十二万人。");
    expect(find(tokens, "六百三十万")).toMatchObject({ kind: "number", gloss: "6.3 million (6,300,000)", pinyin: "liù bǎi sān shí wàn" });
    expect(find(tokens, "一千二百五十万").gloss).toBe("12.5 million (12,500,000)");
    expect(find(tokens, "三十二万").gloss).toBe("320,000");
    expect(texts("计划涉及约六百三十万人。")).toContain("人");
  });

  it("takes the numerals at the start of the next word and leaves the word (三|百亿元 → 三百亿|元)", () => {
    const tokens = tokensOf("总开支约三百亿元，国内生产总值达到二十八万四千亿元。");
    expect(find(tokens, "三百亿").gloss).toBe("30 billion (30,000,000,000)");
    expect(find(tokens, "二十八万四千亿").gloss).toBe("28.4 trillion (28,400,000,000,000)");
    expect(find(tokens, "元").gloss).toMatch(/yuan/);
  });

  it("keeps one measure word with it where the two read as a whole", () => {
    expect(find(tokensOf("大爆炸后三十七万九千年，宇宙变得透明。"), "三十七万九千年").gloss).toBe("379,000 years");
    expect(find(tokensOf("共有四百八十七名选手参赛。"), "四百八十七名").gloss).toBe("487 + (classifier for people)");
  });

  it("reads a percentage, an ordinal and a year in Chinese digits whole", () => {
    expect(find(tokensOf("同比增长百分之五点三。"), "百分之五点三").gloss).toBe("5.3%");
    expect(find(tokensOf("根据第一百零四条的规定。"), "第一百零四").gloss).toBe("104th");
    expect(find(tokensOf("明朝建立于一三六八年。"), "一三六八年")).toMatchObject({ gloss: "the year 1368", pinyin: "yī sān liù bā nián" });
  });

  it("leaves ranges, numeral words and zero-led pieces alone (counter-cases)", () => {
    expect(texts("来了七八个人，住了三五天。")).toEqual(expect.arrayContaining(["七八个", "三五天"]));
    expect(find(tokensOf("你千万不要告诉他。"), "千万").gloss).toMatch(/ten million/);
    expect(texts("他把问题一一列举出来。")).not.toContain("一一列");
    expect(find(tokensOf("万一下雨怎么办？"), "万一").gloss).toMatch(/just in case/);
    expect(texts("五一劳动节快到了。")[0]).toBe("五一劳动节");
    expect(texts("两三天就好。")).not.toContain("两三");
  });

  it("joins 多/余 before its unit of ten thousands, glossed as more than the value", () => {
    const tokens = tokensOf("成交额放量一千二百多亿元。现场来了三十多万人。全国共有两百余万名志愿者。");
    expect(find(tokens, "一千二百多亿").gloss).toBe("more than 120 billion (120,000,000,000)");
    expect(find(tokens, "三十多万").gloss).toBe("more than 300,000");
    expect(find(tokens, "两百余万").gloss).toBe("more than 2 million (2,000,000)");
    expect(find(tokens, "元").gloss).toMatch(/yuan/);
    expect(texts("他写了三十多篇文章。")).toContain("三十多"); // no unit after it: as it was
  });
});

describe("digits and the 万/亿 that multiplies them", () => {
  it("are one number token with the value (14亿, 10亿|台, 3.5万, 4万多, 247万余|册, 20亿年)", () => {
    expect(find(tokensOf("全国人口14亿。"), "14亿")).toMatchObject({ kind: "number", gloss: "1.4 billion (1,400,000,000)", pinyin: "shí sì yì" });
    const phones = tokensOf("鸿蒙装机量已突破10亿台。");
    expect(find(phones, "10亿").gloss).toBe("1 billion (1,000,000,000)");
    expect(find(phones, "台").pinyin).toBe("tái");
    expect(find(tokensOf("去年接待游客3.5万人次。"), "3.5万").gloss).toBe("35,000");
    expect(find(tokensOf("参观人数达4万多。"), "4万多").gloss).toBe("more than 40,000");
    expect(find(tokensOf("藏书247万余册。"), "247万余").gloss).toBe("more than 2.47 million (2,470,000)");
    expect(find(tokensOf("宇宙诞生后20亿年。"), "20亿年").gloss).toBe("2 billion years (2,000,000,000)");
  });
});

describe("a measure word and noun after a count", () => {
  it("are two words where jieba glued them (本书 'this book', 封信)", () => {
    expect(texts("他写了三十多本书。")).toEqual(expect.arrayContaining(["三十多", "本", "书"]));
    expect(texts("桌上有一本书。")).toEqual(expect.arrayContaining(["本", "书"]));
    const letter = tokensOf("他给我写了一封信。");
    expect(find(letter, "一封").gloss).toMatch(/^1 \+ \(classifier for/);
    expect(find(letter, "信").gloss).toMatch(/letter/);
  });

  it("stay whole where a dictionary has the word, or without a count before (counter-cases)", () => {
    expect(texts("本书共分三章。")[0]).toBe("本书");
    expect(texts("经济保持两位数增长。")).toContain("两位数");
    expect(texts("二的三次方是八。")).toContain("三次方");
    expect(texts("他上三年级了。")).toContain("三年级");
  });
});


describe("a measure word and a noun after 这, 那, 每", () => {
  it.each([["这本书很好看。", "本", "书"], ["那封信寄出去了。", "封", "信"]])("%s is cut %s|%s, the measure word glossed as one", (text, measure, noun) => {
    const tokens = tokensOf(text);
    const k = tokens.findIndex((t) => t.text === measure);
    expect(k).toBeGreaterThan(0);
    expect(tokens[k + 1].text).toBe(noun);
    expect(tokens[k].gloss).toMatch(/^classifier/);
  });

  it("keeps 本书 'this book' opening a sentence, and words the dictionaries have (这位)", () => {
    expect(texts("本书共分三章。")).toContain("本书");
    expect(texts("这位老师很好。")).toContain("这位");
  });
});
