import { beforeAll, describe, expect, it } from "vitest";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";

// Function words read by their syntactic frame (lib/text/g2p/frames.ts), on sentences of our own
// cut by the app's real segmenter, each frame beside its counter-cases: the frame must fire where
// its structure is there and leave the other readings alone.

/** Readings of every free-standing `char` token of the sentence, in order. */
function readingsOf(sentence: string, char: string): string[] {
  const tokens = segmentSentence(sentence).map((t) => t.text);
  const readings = pinyinForTokens(sentence, tokens);
  return tokens.flatMap((t, i) => (t === char ? [readings[i]!] : []));
}

describe("function-word frames", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it.each([
    // 为 + noun phrase + verb: the preposition wèi.
    ["中国将为世界和平与发展作出新的贡献。", "为", "wèi"],
    ["我们为和平奔走。", "为", "wèi"],
    ["这为两国合作创造了有利条件。", "为", "wèi"],
    ["中方愿为推动政治解决危机继续发挥作用。", "为", "wèi"],
    ["他们为实现这一目标而努力。", "为", "wèi"],
    ["我们要为人民提供更好的服务。", "为", "wèi"],
    // 为 + noun phrase closing the clause, and 以…为: wéi.
    ["今年的经济增长目标为百分之五左右。", "为", "wéi"],
    ["全市常住人口为两千万。", "为", "wéi"],
    ["坚持以人民为核心的发展思想。", "为", "wéi"],
    ["双方同意以此次会晤为契机，深化合作。", "为", "wéi"],
    ["他被任命为驻联合国代表。", "为", "wéi"],
    // 应 + verb: the modal yīng; 应 + someone + 邀请/请求/要求: yìng.
    ["各方应保持冷静克制。", "应", "yīng"],
    ["我们不应忘记历史。", "应", "yīng"],
    ["国际社会应进一步加强合作。", "应", "yīng"],
    ["应法国总统邀请，主席将出席峰会。", "应", "yìng"],
    ["应各方要求，会议延期举行。", "应", "yìng"],
    // An adverbial + 地 + verb: the particle de; a noun 地 after a pronoun or preposition.
    ["我们将坚定不移地推进改革。", "地", "de"],
    ["各国积极地参与全球治理。", "地", "de"],
    ["我们更加紧密地团结在一起。", "地", "de"],
    ["村里地少人多。", "地", "dì"],
    ["这块地归村集体所有。", "地", "dì"],
    // Subject + 得 + verb: děi; verb + 得 + degree word: de; 得 + 了: dé.
    ["我们得加强合作。", "得", "děi"],
    ["这件事还得靠大家。", "得", "děi"],
    ["他跑得很快。", "得", "de"],
    ["他在比赛中得了第一名。", "得", "dé"],
    // Pronoun + 得 + adverb: the modal děi too; verb + 得了 closing a question: de + liǎo.
    ["我得赶紧回家。", "得", "děi"],
    ["我们得好好准备。", "得", "děi"],
    ["你一个人搬得了吗？", "得", "de"],
    ["你一个人搬得了吗？", "了", "liǎo"],
    ["他得了冠军。", "了", "le"],
    ["他得了冠军。", "得", "dé"],
    ["这病他得了好几年。", "得", "dé"],
    // verb + 着: zhe (不/没 + 着 zháo: pinyin.test.ts, 睡|不|着).
    ["门一直开着。", "着", "zhe"],
    // 只 after a numeral or demonstrative: the measure word zhī; elsewhere the adverb zhǐ.
    ["这只猫很可爱。", "只", "zhī"],
    ["每只羊都很健康。", "只", "zhī"],
    ["他只会说中文。", "只", "zhǐ"],
    // 长 after a degree word: cháng.
    ["她的头发很长。", "长", "cháng"],
    // 数 before 了 and in 数了数: the verb shǔ; the noun shù.
    ["这个数很大。", "数", "shù"],
    // The commonest particles by their place.
    ["这是我的书。", "的", "de"],
    ["他昨天来了。", "了", "le"],
    ["会议将于明天举行。", "将", "jiāng"],
    ["大家都同意这个方案。", "都", "dōu"],
    ["中国和巴西是好朋友。", "和", "hé"],
  ])("%s: %s is %s", (sentence, char, expected) => {
    const readings = readingsOf(sentence, char);
    expect(readings, `${char} is not a token of ${segmentSentence(sentence).map((t) => t.text).join("|")}`).toHaveLength(1);
    expect(readings[0]).toBe(expected);
  });

  it("reads both halves of 数了数 as the verb shǔ and 只 after a numeral inside an unknown token as zhī", () => {
    expect(readingsOf("他把钱数了数。", "数")).toEqual(["shǔ", "shǔ"]);
    // Kept whole by jieba (数一数 m, 数数看): the same verb (was shù yī shù, shǔ shù kàn).
    expect(readingsOf("数一数有多少人。", "数一数")).toEqual(["shǔ yī shǔ"]);
    expect(readingsOf("你数数看。", "数数看")).toEqual(["shǔ shǔ kàn"]);
    expect(readingsOf("这个数很大。", "数")).toEqual(["shù"]);
    const tokens = segmentSentence("三只小猪").map((t) => t.text);
    const readings = pinyinForTokens("三只小猪", tokens);
    expect(readings.join(" ").split(" ").slice(0, 2)).toEqual(["sān", "zhī"]);
  });

  it.each([
    // Counter-cases: words with the character keep their own readings.
    ["这只是一个开始。", "只是", "zhǐ shì"],
    ["我们只有一个地球。", "只有", "zhǐ yǒu"],
    ["他长大了。", "长大", "zhǎng dà"],
    ["很长时间没见了。", "长时间", "cháng shí jiān"],
    ["这的确是个好主意。", "的确", "dí què"],
    ["我们的目的很明确。", "目的", "mù dì"],
    ["我们要了解情况。", "了解", "liǎo jiě"],
    ["这位将军很有名。", "将军", "jiāng jūn"],
    ["北京是中国的首都。", "首都", "shǒu dū"],
    ["他去过成都。", "成都", "chéng dū"],
  ])("%s: the word %s is %s", (sentence, word, expected) => {
    const tokens = segmentSentence(sentence).map((t) => t.text);
    expect(tokens).toContain(word);
    expect(pinyinForTokens(sentence, tokens)[tokens.indexOf(word)]).toBe(expected);
  });

  it("leaves words that contain the character to the dictionary", () => {
    const words = (s: string) => segmentSentence(s).map((t) => t.text);
    const cases: [string, string, string][] = [
      ["我们应该合作。", "应该", "yīng gāi"],
      ["共同应对挑战。", "应对", "yìng duì"],
      ["中国成为重要伙伴。", "成为", "chéng wéi"],
      ["为了和平而努力。", "为了", "wèi le"],
      ["不得进入会场。", "不得", "bù dé"],
      ["保护土地。", "土地", "tǔ dì"],
    ];
    for (const [sentence, word, reading] of cases) {
      const tokens = words(sentence);
      expect(tokens).toContain(word);
      expect(pinyinForTokens(sentence, tokens)[tokens.indexOf(word)]).toBe(reading);
    }
  });
});

describe("应 before a phrase jieba keeps whole (sixth session)", () => {
  beforeAll(() => void getSegmenter(), 60_000);
  it.each([
    ["南方国家应加强团结。", "yīng"], // 加强团结: one token, no verb tag of its own
    ["双方应共同努力。", "yīng"], // 共同努力: opens with an adverb
    ["各方应坚持对话协商。", "yīng"],
    ["应美方邀请出席会议。", "yìng"], // counter-case: an invitation
  ])("%s → %s", (sentence, reading) => {
    expect(readingsOf(sentence, "应")).toEqual([reading]);
  });
});
