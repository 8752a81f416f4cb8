// Words jieba keeps whole and CC-CEDICT lacks, glossed by their parts (part-gloss.ts) when one part
// is a prefix or a complement of a closed class; 该 before a one-character noun (context-gloss.ts).
import { describe, expect, it } from "vitest";
import { partsGloss } from "@/lib/text/part-gloss";
import { tokenOf } from "../../support/lesson-tokens";

function token(sentence: string, text: string) {
  const found = tokenOf(sentence, text);
  if (!found) throw new Error(`no token ${text} in ${sentence}`);
  return found;
}

describe("a prefix and a dictionary word", () => {
  it("reads the prefix by its prefix sense and the word by a noun sense", () => {
    expect(partsGloss("总面积", "zǒng miàn jī")).toMatch(/^overall \+ area/);
    expect(partsGloss("新篇章", "xīn piān zhāng")).toBe("new + chapter");
    expect(partsGloss("全人类", "quán rén lèi")).toBe("whole + humanity");
    expect(partsGloss("总指挥", "zǒng zhǐ huī")).toMatch(/^overall \+ conductor/); // not "to conduct"
    expect(partsGloss("非歧视", "fēi qí shì")).toBe("non- + to discriminate against"); // 非 before verbs too
  });

  it("declines where the prefix is part of a word or no prefix (counter-cases)", () => {
    // 主教 "bishop" is a word, but no HSK one, and 教练 is: the prefix qualifies the coach. 主人
    // "master" is an HSK word: 主人公 is no "main + 人公".
    expect(partsGloss("主教练", "zhǔ jiào liàn")).toBe("main + instructor");
    expect(partsGloss("主人公", "zhǔ rén gōng") ?? "").not.toMatch(/^main \+/);
    expect(partsGloss("首歌曲", "shǒu gē qǔ")).toBeNull(); // 首 is a measure word here (三首歌曲)
    expect(partsGloss("总之", "zǒng zhī")).toBeNull(); // two characters: no word after the prefix
  });
});

describe("a verb and a directional or result complement", () => {
  it("reads the verb and the complement", () => {
    expect(partsGloss("转化成", "zhuǎn huà chéng")).toBe("to change + into (becoming)");
    expect(partsGloss("写出", "xiě chū")).toBe("to write + out");
    expect(partsGloss("偷走", "tōu zǒu")).toBe("to steal + away");
    expect(partsGloss("担负起", "dān fù qǐ")).toBe("to shoulder + up");
    expect(partsGloss("给出", "gěi chū")).toBe("to give + out"); // 给 is a preposition and a verb
  });

  it("not after a character that is no verb by its tag and first sense (counter-cases)", () => {
    expect(partsGloss("已成", "yǐ chéng")).toMatch(/^already \+ /); // 已 the adverb "already", not "to stop + into"
    expect(partsGloss("带入", "dài rù")).toBeNull(); // 带's first sense is "band", its verb sense "to wear" would mislead
  });
});

describe("该 before a one-character noun", () => {
  it("is 'that; the said' before a noun, the modal before a verb or a question word", () => {
    expect(token("该岛总面积为三百平方公里。", "该").gloss).toBe("that; the said; the above-mentioned");
    expect(token("你该走了。", "该").gloss).toMatch(/^should/);
    expect(token("这件事该怎么办？", "该").gloss).toMatch(/^should/);
  });
});

describe("a verb and 往, 给, 好 or 有 after it", () => {
  it.each([
    ["伤员被送往医院。", "送往", "to send + towards"],
    ["她后来嫁给了一个商人。", "嫁给", "(of a woman) to marry + to (sb)"],
    ["我们已经做好了准备。", "做好", "to make + (properly; done)"],
    ["城里建有一座寺庙。", "建有", "to establish + (with)"],
  ])("%s glosses %s by its parts", (text, word, gloss) => {
    expect(tokenOf(text, word)?.gloss).toBe(gloss);
  });

  it.each([
    ["真好", "zhēn hǎo", "d"],
    ["更好", "gèng hǎo", "d"],
    ["常有", "cháng yǒu", "b"],
  ])("not after a word that is no verb: %s", (word, pinyin, tag) => {
    expect(partsGloss(word, pinyin, tag) ?? "").not.toMatch(/\(properly; done\)|\(with\)/);
  });
});
