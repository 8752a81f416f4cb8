import { describe, expect, it } from "vitest";
import { partsGloss } from "@/lib/text/part-gloss";
import { buildLesson } from "@/lib/text/build-lesson";

// Tokens no dictionary has as a whole, glossed by a content word and one grammatical character.

describe("partsGloss", () => {
  it("a degree adverb before an adjective, in the token's reading", () => {
    expect(partsGloss("很多", "hěn duō")).toBe("very + many");
    expect(partsGloss("最长", "zuì cháng")).toBe("most + long"); // cháng, not zhǎng "chief"
    expect(partsGloss("更好", "gèng hǎo")).toBe("more + good");
  });

  it("a determiner before a noun of two or more characters", () => {
    expect(partsGloss("本世纪", "běn shì jì")).toBe("this; our + century");
    expect(partsGloss("这部分", "zhè bù fen")).toBe("this + part");
  });

  it("a noun before a locative, a verb before 于 / 到 / 着", () => {
    expect(partsGloss("岛上", "dǎo shàng")).toBe("island + on");
    expect(partsGloss("窗外", "chuāng wài")).toBe("window + outside");
    expect(partsGloss("迁至", "qiān zhì")).toBe("to move + to");
    expect(partsGloss("看着", "kàn zhe")).toBe("to see + (-ing)");
  });

  it("ordinals, with a measure word", () => {
    expect(partsGloss("第三", "dì sān")).toBe("3rd");
    expect(partsGloss("第十二届", "dì shí èr jiè")).toMatch(/^12th \+ \(classifier for /);
    expect(partsGloss("第一位", "dì yī wèi")).toBe("1st + (classifier for people (honorific))");
  });

  it("declines what it cannot read safely (counter-cases)", () => {
    expect(partsGloss("其他人", "qí tā rén")).toBeNull(); // 其他 is a word: not "its + another person"
    expect(partsGloss("远大于", "yuǎn dà yú")).toBeNull(); // 大于 is a word
    expect(partsGloss("该走", "gāi zǒu")).toBeNull(); // a verb after 该 (the modal), not a noun
    expect(partsGloss("截下", "jié xià")).toBeNull(); // verb + complement, not a place "under"
    expect(partsGloss("时说", "shí shuō")).toBeNull(); // no grammatical character
    expect(partsGloss("太郎", "tài láng", "nr")).toBeNull(); // a name
    expect(partsGloss("较之", "jiào zhī")).toBeNull(); // 之 is a grammar word, not an adjective
    expect(partsGloss("多", "duō")).toBeNull();
  });

  it("fills lesson tokens without a dictionary gloss", () => {
    const tokens = buildLesson("很多博物馆推出了文创产品。他住在岛上。").sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === "很多")?.gloss).toBe("very + many");
    expect(tokens.find((t) => t.text === "岛上")?.gloss).toBe("island + on");
    // A dictionary word keeps its own gloss (counter-case).
    expect(tokens.find((t) => t.text === "博物馆")?.gloss).toBe("museum");
  });
});

describe("partsGloss: a word and a noun suffix (sixth session, qa7 P15)", () => {
  it("glosses the word and the suffix's English", () => {
    expect(partsGloss("诈骗案", "zhà piàn àn")).toBe("to defraud + case");
    expect(partsGloss("乡镇级", "xiāng zhèn jí")).toBe("village + level");
    expect(partsGloss("阿根廷队", "ā gēn tíng duì")).toBe("Argentina + team");
    expect(partsGloss("成交额", "chéng jiāo é")).toBe("to complete a contract + amount");
    expect(partsGloss("停车费", "tíng chē fèi")).toMatch(/ \+ fee$/);
  });
  it("not without a word before the suffix, nor a person's name (counter-cases)", () => {
    // 总面 is no word: no suffix reading (总面积 reads by its prefix instead: "overall + area").
    expect(partsGloss("总面积", "zǒng miàn jī")).toMatch(/^overall \+ area/);
    expect(partsGloss("总积率", "zǒng jī lǜ")).toBeNull(); // neither 总积 nor 积率 is a word
    expect(partsGloss("张三者", "zhāng sān zhě", "nr")).toBeNull();
  });
});
