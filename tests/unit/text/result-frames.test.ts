import { describe, expect, it } from "vitest";
import { lessonTokens, readingAt } from "../../support/lesson-tokens";

// lib/text/g2p/result-frames.ts: readings decided by the object or result right after the character.
const at = (text: string, char: string) => readingAt(text, text.indexOf(char));

describe("给 before a person: gěi", () => {
  it.each([["请你给我倒杯水。"], ["给大家倒茶。"], ["他给我打了电话。"]])("%s", (text) => {
    expect(at(text, "给")).toBe("gěi");
  });

  it.each([["补给线被切断了。"], ["这个国家粮食自给。"], ["供给侧结构性改革。"]])("%s keeps jǐ in its words", (text) => {
    expect(at(text, "给")).toBe("jǐ");
  });
});

describe("倒了 after what fell: dǎo; after a drink: dào", () => {
  it.each([["地震以后，这一带的房子倒了很多。"], ["大风过后，路边的树倒了一片。"], ["老房子都倒了。"], ["他晃了晃，倒了下去。"], ["那面墙倒掉了。"]])("%s is dǎo", (text) => {
    expect(at(text, "倒")).toBe("dǎo");
  });

  it.each([["水倒掉了吗？"], ["汤倒了没有？"], ["剩饭倒掉了。"], ["他倒了一杯水。"], ["你把剩下的汤倒了吧。"]])("%s is dào (counter-cases)", (text) => {
    expect(at(text, "倒")).toBe("dào");
  });

  it("leaves a cup that falls over to fall (counter-case: a vessel is no drink)", () => {
    expect(at("杯子倒了，水洒了一地。", "倒")).toBe("dǎo");
  });
});

describe("倒 before what it pours: dào", () => {
  it.each([["请你给我倒杯水。"], ["给大家倒茶。"], ["他给我倒了一杯咖啡。"], ["你去倒垃圾。"]])("%s", (text) => {
    expect(at(text, "倒")).toBe("dào");
  });

  it.each([["车子倒了，快扶起来。"], ["他倒在地上。"], ["大树被风刮倒了。"]])("%s keeps dǎo, to fall", (text) => {
    expect(at(text, "倒")).toBe("dǎo");
  });
});

describe("降 before where it falls: jiàng", () => {
  it.each([["我们要把损失降到最低。"], ["气温降至零下五度。"], ["利率降为百分之三。"]])("%s", (text) => {
    expect(at(text, "降")).toBe("jiàng");
  });

  it.each([["敌军投降了。"], ["他们终于降服了对手。"]])("%s keeps xiáng, to surrender", (text) => {
    expect(at(text, "降")).toBe("xiáng");
  });
});

describe("累 before a result of tiredness: lèi", () => {
  it.each([["我都快累死了。"], ["今天累坏了。"], ["他累得不想说话。"]])("%s", (text) => {
    expect(at(text, "累")).toBe("lèi");
  });

  it.each([["日积月累。"], ["累计完成投资五亿元。"], ["他积累了很多经验。"]])("%s keeps lěi", (text) => {
    expect(at(text, "累")).toBe("lěi");
  });
});

describe("攒 before what is saved up: zǎn", () => {
  it.each([["为了给孩子攒学费，他每天起早贪黑地干活。"], ["他攒了一笔钱。"], ["他攒下不少积蓄。"]])("%s", (text) => {
    expect(at(text, "攒")).toBe("zǎn");
  });

  it.each([["广场上人头攒动。"], ["自己攒一台电脑。"]])("%s keeps cuán (to throng; to put together)", (text) => {
    expect(at(text, "攒")).toBe("cuán");
  });
});

describe("属 before a class or a zodiac animal: the verb shǔ", () => {
  const gloss = (text: string) => lessonTokens(text).find((t) => t.text === "属");
  it.each([["侗语属汉藏语系。"], ["该植物属蔷薇科。"], ["1954年改属内蒙古自治区。"]])("%s: 'to belong to'", (text) => {
    expect(gloss(text)).toMatchObject({ pinyin: "shǔ", gloss: "to belong to; to be part of" });
  });

  it("他属猴: born in the year of the monkey", () => {
    expect(gloss("他属猴。")).toMatchObject({ pinyin: "shǔ", gloss: "to be born in the year of (a zodiac animal)" });
  });

  it("keeps the noun after a genus name (蔷薇属植物)", () => {
    expect(gloss("蔷薇属植物很多。")?.gloss).toMatch(/^category; genus/);
  });
});
