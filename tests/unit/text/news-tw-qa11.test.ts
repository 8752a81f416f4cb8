// A Taiwan budget report in traditional characters of our own (seventh session): 对 + object + verb,
// 约 before a currency and a number, X长 "head" by parts.
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { glossOf as gloss } from "../../support/lesson-tokens";
import { partsGloss } from "@/lib/text/part-gloss";


describe("对 before its object and a verb", () => {
  it("is the preposition", () => {
    expect(gloss("在野黨團對部分項目提出質疑。", "對")).toBe("towards; to; regarding (before its object)");
    expect(gloss("他对这个问题很感兴趣。", "对")).toBe("towards; to; regarding (before its object)");
  });

  it("stays 'right' alone or before a particle (counter-cases)", () => {
    expect(gloss("对了，明天见。", "对")).toMatch(/^right/);
    expect(gloss("你说的对吗？", "对")).toMatch(/^right/);
  });
});

describe("约 before a currency and a number", () => {
  it("is 'approximately'", () => {
    expect(gloss("總歲出規模約新台幣3兆元。", "約")).toBe("approximately");
  });

  it("not before a currency without a number (counter-case)", () => {
    expect(gloss("我约了朋友换人民币。", "约")).not.toBe("approximately");
  });
});

describe("X长 by parts", () => {
  it("is 'head; chief' read zhǎng, never cháng 'long'", () => {
    expect(partsGloss("警察局长", "jǐng chá jú zhǎng")).toBe("police station + head; chief");
    expect(partsGloss("警察局长", "jǐng chá jú cháng")).toBeNull();
  });
});

describe("a regulation and a residents' notice (qa18)", () => {
  it("reads 第一条 at a clause's start as an article, 本 before a time word, 至 between times", () => {
    expect(gloss("第一条 为了规范网络数据处理活动，制定本条例。", "第一条")).toBe("Article 1");
    expect(gloss("本小区将于本周六上午九点至下午五点停水。", "至")).toBe("to; until (from … to …)");
    const tokens = buildLesson("本小区将于本周六停水。").sentences.flatMap((x) => x.tokens).filter((t) => t.text === "本");
    expect(tokens.map((t) => t.gloss)).toEqual(["this; our; one's own", "this; our; one's own"]);
  });

  it("keeps 第一条 + a noun, and 第一条 inside a sentence, ordinals (counter-cases)", () => {
    expect(gloss("第一条路是最近的。", "第一条")).not.toBe("Article 1");
    expect(gloss("他第一条就选错了。", "第一条")).not.toBe("Article 1");
  });
});
