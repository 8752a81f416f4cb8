import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens } from "../../support/lesson-tokens";

// A determiner and one character standing for a body named before (lib/text/body-words.ts): 该会,
// 本所, 该局. Before the rule they were broken down by the characters' first senses ("该 should · 会
// will", "本 origin · 港 harbor"). Counter-cases: the modal 该会 after its subject, 本 "originally"
// after a pronoun, 这本 the measure word, 行 read xíng.

const cut = (text: string) => lessonTokens(text).map((t) => t.text);

describe("a determiner and the body it points back to", () => {
  it.each([
    ["该会会长昨天宣布辞职。", "该会", "this (aforementioned) + association; society"],
    ["该所专家正在分析样本。", "该所", "this (aforementioned) + institute; firm"],
    ["该局已经对此展开调查。", "该局", "this (aforementioned) + bureau"],
    ["该行上调了存款利率。", "该行", "this (aforementioned) + bank"],
    ["该团将在上海演出三场。", "该团", "this (aforementioned) + delegation; group"],
    ["本港楼价连续三个月下跌。", "本港", "this; our + Hong Kong"],
  ])("%s: %s is %s", (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });

  it("joins a lone 本 and the body after it at a clause start or after a preposition", () => {
    expect(cut("本会将于下月召开年会。")).toContain("本会");
    expect(glossOf("本会将于下月召开年会。", "本会")).toBe("this; our + association; society");
    expect(cut("经本所律师调解，双方达成和解。")).toContain("本所");
    expect(glossOf("本澳旅游业逐步复苏。", "本澳")).toBe("this; our + Macao");
  });

  it("cuts a long word that opens with such a pair after the pair (本院认为)", () => {
    const tokens = cut("本院认为，被告人的行为已构成盗窃罪。");
    expect(tokens.slice(0, 2)).toEqual(["本院", "认为"]);
    expect(glossOf("本院认为，被告人的行为已构成盗窃罪。", "本院")).toBe("this; our + court; institute; hospital");
  });

  it("leaves 本 apart after a pronoun: there it is 'originally' (counter-case)", () => {
    expect(cut("她本会成为一名优秀的医生。")).not.toContain("本会");
  });

  it("reads 该会 after its subject as the modal (counter-case)", () => {
    expect(glossOf("明天你该会有空吧？", "该会")).toBe("should + will; be likely to");
  });

  it("keeps the measure word 这本 and the words CC-CEDICT has (counter-cases)", () => {
    expect(cut("这本会计教材很实用。")).toContain("这本");
    expect(glossOf("本台记者从现场发回报道。", "本台记者") ?? glossOf("本台记者从现场发回报道。", "本台")).toMatch(/radio station/);
  });
});

describe("an A-not-A question of a character whose first senses are bound forms", () => {
  it("glosses 行不行 by the sense the character has alone", () => {
    expect(glossOf("你明天来帮忙行不行？", "行不行")).toBe("capable or not? (a yes-no question)");
  });
});
