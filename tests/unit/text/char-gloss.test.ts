// The last-resort gloss of a word no dictionary has: its characters (or dictionary words inside it)
// with their senses in the token's reading (lib/text/char-gloss.ts). Sentences are our own.
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { characterGloss, partSense } from "@/lib/text/char-gloss";

function tokenOf(text: string, word: string) {
  const token = buildLesson(text).sentences.flatMap((s) => s.tokens).find((t) => t.text === word);
  if (!token) throw new Error(`${word} is no token of ${text}`);
  return token;
}

describe("characterGloss", () => {
  it("breaks a word down into the dictionary words inside it, else its characters", () => {
    expect(characterGloss("代市长", "dài shì zhǎng")).toBe("代 to be a substitute for · 市长 mayor");
    expect(characterGloss("羊汤", "yáng tāng")).toBe("羊 sheep · 汤 soup");
    // A sense that is an essay gives way to a short one.
    expect(characterGloss("打出", "dǎ chū")!.length).toBeLessThan(40);
  });

  it("reads each character in its own syllable", () => {
    // 长 zhǎng "chief" in 市长 above; cháng "long" here.
    expect(partSense("长", "cháng")).toBe("long");
    expect(partSense("长", "zhǎng")).not.toBe("long");
  });

  it("gives a character the sense of its role in the word", () => {
    expect(characterGloss("唱首歌", "chàng shǒu gē")).toBe("唱 to sing · 首 (measure word for poems, songs etc) · 歌 song");
    expect(characterGloss("一小块", "yī xiǎo kuài")).toMatch(/^一 one · 小 small · 块 \(measure word for pieces of [^)]*\)$/)
    // A measure word of several kinds is not said to count one (这笔 is no "stroke").
    expect(characterGloss("这笔", "zhè bǐ")).toBe("这 this · 笔 (measure word)");
    expect(characterGloss("第九日", "dì jiǔ rì")).toBe("第 (ordinal prefix) · 九 nine · 日 day");
    expect(characterGloss("该片", "gāi piàn")).toMatch(/^该 this \(aforementioned\) · 片 /);
    expect(characterGloss("夹住", "jiā zhù")).toBe("夹 to press from either side · 住 (firmly; to a halt)");
  });

  it("keeps first senses where no role applies (counter-cases)", () => {
    // 日 after no numeral is the sun; 首 after a noun is no measure word: 首 "head".
    expect(characterGloss("红日", "hóng rì")).toBe("红 red · 日 sun");
    expect(characterGloss("龙首", "lóng shǒu")).toBe("龙 dragon · 首 head"); // 龙 opening words is "dragon" (prefix-sense.ts)
    // 该 before a verb is "should", not the determiner.
    expect(characterGloss("该去", "gāi qù")).toMatch(/^该 should/);
    // 住 after a noun or an adjective is the verb "to live".
    expect(characterGloss("家住", "jiā zhù")).toBe("家 home · 住 to live");
    expect(characterGloss("长住", "cháng zhù")).toBe("长 long · 住 to live");
    // A character with a classifier sense after a word that is no verb, or before no noun, is no measure word.
    expect(characterGloss("盛水期", "shèng shuǐ qī")).not.toContain("measure word");
    expect(characterGloss("全名是", "quán míng shì")).not.toContain("measure word");
  });

  it("reads a character CEDICT gives only as a variant by the form it points to", () => {
    // 粘 nián is "variant of 黏[nian2]" (sticky); 粘 zhān has senses of its own.
    expect(characterGloss("粘合", "nián hé")).toBe("粘 sticky · 合 to close");
    expect(partSense("粘", "zhān")).not.toBe("sticky");
  });

  it("declines what has no Han characters or a character no dictionary has", () => {
    expect(characterGloss("AB", null)).toBeNull();
    expect(characterGloss("字", "zì")).toBeNull(); // one character: the dictionary's own gloss
    expect(characterGloss("饘忯", null)).toBeNull();
  });
});

describe("in a lesson", () => {
  it("gives tokens no dictionary has a breakdown", () => {
    expect(tokenOf("给我们唱首歌吧。", "唱首歌").gloss).toMatch(/^唱 to sing · 首 \(measure word for poems/);
    expect(tokenOf("作业明天交上来。", "交上来").gloss).toBe("交 to hand over · 上来 to come up");
  });

  it("leaves words the dictionary has and names alone (counter-cases)", () => {
    expect(tokenOf("请记住这个字。", "记住").gloss).toMatch(/^to remember/);
    expect(tokenOf("他说得好。", "他").gloss).not.toContain(" · ");
    const name = tokenOf("布林肯表示，美方愿意合作。", "布林肯");
    expect(name.kind).toBe("name");
    expect(name.gloss ?? "").not.toContain(" · ");
  });
});
