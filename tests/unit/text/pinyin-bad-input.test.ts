import { beforeAll, describe, expect, it } from "vitest";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";
import { buildLesson } from "@/lib/text/build-lesson";

const HAN = /\p{Script=Han}/u;

/** Every Han character of every token has a non-empty syllable; tokens without Han or digits none. */
function expectEveryHanRead(sentence: string, tokens = segmentSentence(sentence).map((t) => t.text)): (string | null)[] {
  expect(tokens.join("")).toBe(sentence);
  const readings = pinyinForTokens(sentence, tokens);
  expect(readings).toHaveLength(tokens.length);
  tokens.forEach((token, i) => {
    const hasHan = [...token].some((c) => HAN.test(c));
    if (!hasHan && !/[0-9０-９]/.test(token)) {
      expect(readings[i], token).toBeNull();
      return;
    }
    if (!hasHan) return; // digits inside a Latin code (R2D2) are not read
    const groups = rubyGroups(token, readings[i]!);
    expect(groups, `${token} ${readings[i]}`).not.toBeNull();
    // Nothing dropped: the groups spell the token; every Han group has a real syllable.
    expect(groups!.map((g) => g.text).join("")).toBe(token);
    for (const g of groups!) if (HAN.test(g.text)) expect(g.pinyin, `${token}: ${g.text}`).toMatch(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+$/);
  });
  return readings;
}

describe("pinyinForTokens on bad input", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("reads mixed scripts, Latin words and digits inside Chinese", () => {
    expectEveryHanRead("OpenAI和DeepSeek在2025年发布了R2D2模型，GDP增长5.4%。");
    expectEveryHanRead("王毅说：“We are friends.”然后离开了。");
  });

  it("reads full-width digits and letters", () => {
    const r = expectEveryHanRead("２０２５年ＧＤＰ增长５．４％。", ["２０２５年", "ＧＤＰ", "增长", "５．４％", "。"]);
    expect(r[0]).toBe("èr líng èr wǔ nián");
    expect(r[3]).toBe("bǎi fēn zhī wǔ diǎn sì");
  });

  it("reads characters outside the BMP and characters the model never saw", () => {
    const model = g2pmModel();
    // 𠮷 (U+20BB7) is unknown to pinyin-pro, CC-CEDICT and the model: Unihan's variant 吉 gives jí.
    const r = expectEveryHanRead("𠮷野家在𠮷祥路。", ["𠮷野家", "在", "𠮷祥路", "。"]);
    expect(r[0]).toBe("jí yě jiā");
    // 龘 is outside the model's vocabulary (read as <UNK>); the polyphones around it still get read.
    expect(model.readingsOf("龘")).toBeNull();
    expectEveryHanRead("龘字的读音为何？", ["龘", "字", "的", "读音", "为何", "？"]);
  });

  it("reads a sentence of only polyphones and one of only punctuation", () => {
    expectEveryHanRead("长了行为。", ["长", "了", "行", "为", "。"]);
    expect(pinyinForTokens("……！", ["……", "！"])).toEqual([null, null]);
    expect(pinyinForTokens("", [])).toEqual([]);
  });
});

describe("g2pM forward pass", () => {
  it("matches the reference implementation's masked log-probabilities", () => {
    // Values from an independent numpy implementation of the published checkpoint.
    const model = g2pmModel();
    const chars = [..."为人民服务。"];
    const p = model.predict(chars, [0, 3]);
    const wei = p.get(0)!;
    expect(wei.classes).toEqual(["wei4", "wei2"]);
    expect(wei.logProbs[0]).toBeCloseTo(-14.9575, 3);
    expect(p.get(3)!.logProbs[1]).toBeCloseTo(-59.19, 1);
    const chang = model.predict([..."这条路很长。"], [4]).get(4)!;
    expect(chang.classes).toEqual(["zhang3", "chang2"]);
    expect(chang.logProbs[1]).toBeCloseTo(-5.3535, 3);
  });

  it("is loaded once per process", () => {
    expect(g2pmModel()).toBe(g2pmModel());
  });
});

describe("full-width numbers in a lesson", () => {
  it("keeps a full-width decimal one number with its whole reading", () => {
    const tokens = buildLesson("第３季度ＧＤＰ增长４．５％。").sentences[0].tokens;
    expect(tokens.find((t) => t.kind === "number")).toMatchObject({ text: "4.5%", pinyin: "bǎi fēn zhī sì diǎn wǔ" });
  });
});
