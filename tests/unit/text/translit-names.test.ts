// Foreign names jieba lists (it tags transliterations nrt, other persons nr) and CC-CEDICT lacks were
// words without a gloss (伊莎贝拉, 米洛舍维奇, 艾伯特): 553 tokens of CPP dev and our fixtures. A
// person tag now counts on a word made only of the characters of transliterations; jieba's junk
// person tags on native words (贡献率 nr) and other tags on short words (松林 ns) do not.
import { describe, expect, it } from "vitest";
import { tokenKind } from "@/lib/text/token-kind";
import { tokenOf } from "../../support/lesson-tokens";
import { partsGloss } from "@/lib/text/part-gloss";
import { readableSense } from "@/lib/dict/cedict";

function token(sentence: string, text: string) {
  const found = tokenOf(sentence, text);
  if (!found) throw new Error(`no token ${text} in ${sentence}`);
  return found;
}

describe("transliterated names jieba knows", () => {
  it("are names with a person tag and only transliteration characters", () => {
    expect(tokenKind("伊莎贝拉", "nrt", null)).toBe("name");
    expect(tokenKind("米洛舍维奇", "nrt", null)).toBe("name");
    expect(tokenKind("艾伯特", "nr", null)).toBe("name");
  });

  it("are not names without the person tag, or with a native character", () => {
    expect(tokenKind("伊莎贝拉", "", null)).toBe("word");
    expect(tokenKind("贡献率", "nr", null)).toBe("word"); // 贡, 献, 率 are no transliteration characters
    expect(tokenKind("松林", "ns", null)).toBe("word"); // "pine forest": a place tag on two characters
  });

  it("are tappable names with their reading in a lesson", () => {
    const cases: [string, string, string][] = [
      // (Written with its middle dot, the whole name is one: merge-names.ts joinDottedNames.)
      ["影评人罗杰·艾伯特给了这部电影四颗星。", "罗杰·艾伯特", "luó jié ài bó tè"],
      ["米洛舍维奇倒台后，塞尔维亚举行了选举。", "米洛舍维奇", "mǐ luò shè wéi qí"],
      ["伊莎贝拉和她的妹妹住在马德里。", "伊莎贝拉", "yī shā bèi lā"],
      ["总统萨利赫再次呼吁各方对话。", "萨利赫", "sà lì hè"],
    ];
    for (const [sentence, name, pinyin] of cases) {
      const t = token(sentence, name);
      expect(t.kind, name).toBe("name");
      expect(t.pinyin, name).toBe(pinyin);
    }
    // The native words beside them stay words.
    expect(token("伊莎贝拉和她的妹妹住在马德里。", "妹妹").kind).toBe("word");
  });
});

describe("parts glosses under jieba's name tags", () => {
  it("gloss a word and a noun suffix whatever the tag", () => {
    expect(partsGloss("贡献率", "gòng xiàn lǜ", "nr")).toBe("to contribute + rate");
    expect(token("该国的贡献率达到百分之三十。", "贡献率").gloss).toBe("to contribute + rate");
  });

  it("do not split other words with a name tag", () => {
    expect(partsGloss("太庙", "tài miào", "nr")).toBeNull(); // the imperial ancestral temple, not "too + temple"
    expect(partsGloss("太庙", "tài miào", "")).toBe("too + temple"); // what the degree shape would say
  });
});

describe("readableSense", () => {
  it("reads a cross-reference without a reading as its simplified form", () => {
    expect(readableSense("Muping district of Yantai city 煙台市|烟台市, Shandong")).toBe("Muping district of Yantai city 烟台市, Shandong");
    expect(readableSense("see 中國|中国[Zhong1 guo2]")).toBe("see 中国");
    expect(readableSense("to contribute")).toBe("to contribute");
  });
});

describe("a person-tagged word mostly of transliteration characters, with a marker or jieba's nrt", () => {
  it.each([["阿列克谢耶维奇", "nrt"], ["奥格斯堡", "nrt"], ["鲍里斯", "nr"], ["维尔茨堡", "nrt"]])("%s (%s) is a name, not a character breakdown", (text, tag) => {
    expect(tokenKind(text, tag, null)).toBe("name");
  });

  it("in a sentence of our own", () => {
    const name = token("作家阿列克谢耶维奇获得了诺贝尔文学奖。", "阿列克谢耶维奇");
    expect(name.kind).toBe("name");
    expect(name.gloss ?? "").not.toContain(" · ");
  });

  it.each([["桑耶寺", "nr"], ["操琴", "nr"], ["亚毫米波", "nr"], ["巴洛克式", "nr"], ["戈德温", "nr"]])("%s (%s) stays a word: half native characters, a word inside, or no marker without nrt (counter-cases)", (text, tag) => {
    expect(tokenKind(text, tag, null)).toBe("word");
  });
});
