import { beforeAll, describe, expect, it } from "vitest";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";

/** Pinyin of `word` as it is read inside `sentence`. */
function readingIn(sentence: string, word: string): string | null {
  const tokens = segmentSentence(sentence).map((t) => t.text);
  const readings = pinyinForTokens(sentence, tokens);
  // The word may be one token or a run of tokens: rebuild the syllables for its characters.
  const start = sentence.indexOf(word);
  const syllables: string[] = [];
  let offset = 0;
  tokens.forEach((t, i) => {
    const chars = [...t];
    const py = readings[i]?.split(" ") ?? [];
    let k = 0;
    chars.forEach((ch, j) => {
      const at = offset + chars.slice(0, j).join("").length;
      const han = /\p{Script=Han}/u.test(ch);
      if (at >= start && at < start + word.length && han) syllables.push(py[k]);
      if (han) k++;
    });
    offset += t.length;
  });
  return syllables.join(" ");
}

describe("pinyinForTokens", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it.each([
    ["外交部长王毅出席会议。", "外交部长", "wài jiāo bù zhǎng"],
    ["部长出席会议。", "部长", "bù zhǎng"],
    ["这是长期合作。", "长期", "cháng qī"],
    ["经济增长很快。", "增长", "zēng zhǎng"],
    ["东西南北关系出现此消彼长的变化。", "此消彼长", "cǐ xiāo bǐ zhǎng"],
    ["这很重要。", "重要", "zhòng yào"],
    ["重塑全球格局。", "重塑", "chóng sù"],
    ["中国率先行动。", "率先", "shuài xiān"],
    ["消费的贡献率很高。", "贡献率", "gòng xiàn lǜ"],
    ["加入共同体的行列。", "行列", "háng liè"],
    ["两国关系行稳致远。", "行稳致远", "xíng wěn zhì yuǎn"],
    ["为了和平而努力。", "为了", "wèi le"],
    ["中国成为伙伴。", "成为", "chéng wéi"],
    ["作为大国要担当。", "作为", "zuò wéi"],
    ["妥善处理分歧。", "处理", "chǔ lǐ"],
    ["到处都是。", "到处", "dào chù"],
    ["我们应该合作。", "应该", "yīng gāi"],
    ["共同应对挑战。", "应对", "yìng duì"],
    ["哪吒很受欢迎。", "哪吒", "né zhā"],
  ])("%s → %s is %s", (sentence, word, expected) => {
    expect(readingIn(sentence, word)).toBe(expected);
  });

  it("reads standalone particles and modals as such", () => {
    expect(readingIn("中国将坚定不移地站在历史正确的一边。", "地")).toBe("de");
    expect(readingIn("大国应履行好责任。", "应")).toBe("yīng");
    expect(readingIn("他跑得很快。", "得")).toBe("de");
    expect(readingIn("这是我们的目的。", "目的")).toBe("mù dì");
    expect(readingIn("保护土地。", "土地")).toBe("tǔ dì");
  });

  it("reads single polyphonic characters in context", () => {
    expect(readingIn("他长大了。", "长")).toBe("zhǎng");
    expect(readingIn("头发很长。", "长")).toBe("cháng");
  });

  it("stores citation tones for 一 and 不", () => {
    expect(readingIn("这不是一天能做完的。", "不是一天")).toBe("bù shì yī tiān");
    expect(readingIn("一个国家。", "一个")).toMatch(/^yī /); // CC-CEDICT: yi1 ge5
  });

  it("gives one syllable per Han character, null without Han", () => {
    const s = "2025年，DeepSeek发布R1模型。";
    const tokens = segmentSentence(s).map((t) => t.text);
    const readings = pinyinForTokens(s, tokens);
    tokens.forEach((t, i) => {
      const han = [...t].filter((c) => /\p{Script=Han}/u.test(c)).length;
      if (han === 0) expect(readings[i]).toBeNull();
      else expect(readings[i]!.split(" ")).toHaveLength(han);
    });
    expect(readings[tokens.indexOf("2025年")]).toBe("nián");
  });
});
