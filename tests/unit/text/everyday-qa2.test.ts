import { describe, expect, it } from "vitest";
import { lessonTokens, readingAt, tokenOf } from "../../support/lesson-tokens";

// Cuts found reading sentences of our own (sixteenth session). Each rule's positive cases fail on
// the code before it; the counter-cases pass on both.

const texts = (text: string) => lessonTokens(text).map((t) => t.text);

describe("cuts of everyday sentences", () => {
  it("cuts a verb, 着 and a verb jieba glued as 着花 (省|着|花 zhe) and reads the 得 before it děi", () => {
    const text = "钱得省着花。";
    expect(texts(text)).toEqual(["钱", "得", "省", "着", "花", "。"]);
    expect(readingAt(text, 1)).toBe("děi");
    expect(readingAt(text, 3)).toBe("zhe");
  });

  it.each([["树上着花。"], ["春天桃树开始着花。"]])("%s keeps 着花 'to blossom' after a place or a longer verb", (text) => {
    expect(texts(text)).toContain("着花");
  });

  it.each([["他一个人行吗？"], ["这个人行不行？"]])("%s cuts 人|行 after a count of one person (not 人行 the People's Bank)", (text) => {
    expect(texts(text)).toContain("人");
    expect(tokenOf(text, "人行")).toBeUndefined();
  });

  it.each([["人行决定降息。"], ["一个人行走在街上。"]])("%s keeps 人行 the bank at a clause start, and the word 行走", (text) => {
    expect(texts(text).some((t) => t === "人行" || t === "行走")).toBe(true);
  });
});

describe("都 the capital after a compass point", () => {
  it.each([
    ["东都洛阳是当时的政治中心。", "dū"],
    ["西都长安。", "dū"],
    ["往东都是山。", "dōu"],
    ["南北都有。", "dōu"],
  ])("%s reads 都 %s", (text, reading) => {
    expect(readingAt(text, text.indexOf("都"))).toBe(reading);
  });
});

describe("a breakdown's first character by the sense it has at the start of words (prefix-sense.ts)", () => {
  const gloss = (text: string, word: string) => tokenOf(text, word)?.gloss ?? "";

  it.each([
    ["日本将福岛核污染水排海。", "核污染", "核 nuclear · "],
    ["他交了电费。", "电费", "电 electricity · "],
  ])("%s glosses %s starting %s", (text, word, start) => {
    expect(gloss(text, word).startsWith(start)).toBe(true);
  });

  it.each([
    ["我们去面馆吃饭。", "面馆", "面 face · "],
    ["脚踝外翻。", "外翻", "外 outside · "],
  ])("%s keeps the first sense where the words share it (%s: %s)", (text, word, start) => {
    expect(gloss(text, word).startsWith(start)).toBe(true);
  });
});

describe("reefs and islands named by two characters and 礁/岛 (feature-names.ts)", () => {
  it.each([
    ["菲律宾在仁爱礁开展补给行动。", "仁爱礁", "Ren'ai Reef"],
    ["美济礁位于南沙群岛。", "美济礁", "Meiji Reef"],
    ["永暑礁上建有机场。", "永暑礁", "Yongshu Reef"],
  ])("%s makes %s one name glossed %s", (text, word, gloss) => {
    const token = tokenOf(text, word);
    expect(token?.kind).toBe("name");
    expect(token?.gloss).toBe(gloss);
  });

  it("leaves words, counted features and transliterations alone", () => {
    expect(tokenOf("船触到了暗礁。", "暗礁")?.kind).toBe("word");
    expect(texts("他们登上了这个岛。")).toContain("岛");
    expect(tokenOf("塞班岛的经济多年来一直萎靡不振。", "塞班岛")?.gloss ?? null).toBeNull();
  });
});

describe("an adverb before a verb and its complement", () => {
  it.each([["他才干完活。", "干完"], ["直到最后一分钟才分出胜负。", "分出"]])("%s keeps 才 apart from %s (not 才干/才分 'ability')", (text, verb) => {
    expect(texts(text)).toContain("才");
    expect(texts(text)).toContain(verb);
  });

  it("keeps the noun where no verb follows (他很有才分)", () => {
    expect(texts("他很有才分。")).toContain("才分");
  });

  it("glosses a verb + complement breakdown's verb by its verb sense (关进 '关 to close', 干完 '干 to …'; char-gloss.test.ts keeps 长住 '长 long')", () => {
    expect(tokenOf("士兵把犯人关进监狱。", "关进")?.gloss).toMatch(/^关 to close · /);
    expect(tokenOf("他才干完活。", "干完")?.gloss).toMatch(/^干 to /);
  });
});

describe("a number + 号 after a name is its number, not a day", () => {
  it.each([
    ["北京时间今天凌晨，神舟十九号载人飞船成功发射。", "十九号", "No. 19"],
    ["嫦娥六号完成月背采样。", "六号", "No. 6"],
    ["是北京地铁10号线的一座车站。", "10号", "No. 10"],
  ])("%s glosses %s %s", (text, word, gloss) => {
    expect(tokenOf(text, word)?.gloss).toBe(gloss);
  });

  it.each([["三月十九号是我的生日。"], ["他十九号来。"]])("%s keeps the day of the month", (text) => {
    expect(tokenOf(text, "十九号")?.gloss).toMatch(/day 19|19th/);
  });
});

describe("breakdowns read by the character's place", () => {
  it("glosses 首 before a measure word 'first' (首艘邮轮), a verb before its pronoun object by a verb sense (带你去)", () => {
    expect(tokenOf("我国首艘国产大型邮轮完成首次商业航行。", "首艘")?.gloss).toBe("首 first · 艘 (measure word)");
    expect(tokenOf("下次带你去尝尝。", "带你去")?.gloss).toMatch(/^带 to /);
  });
});

describe("a preposition or verb of relation and a country's character (abbreviations.ts)", () => {
  it.each([
    ["中方坚决反对美方对台军售。", "对台", "towards Taiwan"],
    ["欧盟将对俄实施新一轮制裁。", "对俄", "towards Russia"],
    ["1951年参加赴朝慰问团。", "赴朝", "to go to the DPRK"],
  ])("%s joins %s, glossed %s", (text, word, gloss) => {
    expect(tokenOf(text, word)?.gloss).toBe(gloss);
  });

  it("keeps CC-CEDICT's own entry (对日 '(policy etc) towards Japan'), and a harbour is no Hong Kong (对港内的炮击)", () => {
    expect(tokenOf("担任对日作战军事委员会中将参谋。", "对日")?.gloss).toMatch(/towards Japan/);
    expect(texts("从此日军对港内的炮击不再是盲射。")).not.toContain("对港");
  });
});

describe("a sixth reading of everyday sentences", () => {
  it("reads 好 before 几次 hǎo after a pronoun (说了他好几次)", () => {
    const text = "妈妈说了他好几次。";
    expect(readingAt(text, text.indexOf("好"))).toBe("hǎo");
  });

  it.each([["我们下周三下午三点见面。", "下", "next"], ["会议将于下周三举行。", "下", "next"]])("%s glosses %s before a weekday %s", (text, ch, gloss) => {
    expect(lessonTokens(text).find((t) => t.text === ch)?.gloss).toBe(gloss);
  });

  it("glosses both of a reply said twice 'all right' (行了行了)", () => {
    const glosses = lessonTokens("行了行了，我知道了。").filter((t) => t.text === "行").map((t) => t.gloss);
    expect(glosses).toHaveLength(2);
    for (const g of glosses) expect(g).toMatch(/^all right/);
  });
});
