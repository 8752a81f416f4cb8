// A children's story of our own (seventh session): 然后背 cut after the conjunction, 地 after an
// idiom before a verb jieba tags otherwise.
import { describe, expect, it } from "vitest";
import { lessonTokens as tokens } from "../../support/lesson-tokens";


describe("a conjunction or adverb and a one-character verb jieba keeps whole", () => {
  it("is cut into the two (然后|背 bēi)", () => {
    const t = tokens("老爷爷每天都到山上砍柴，然后背到集市上去卖。");
    expect(t.map((x) => x.text)).toEqual(expect.arrayContaining(["然后", "背"]));
    expect(t.find((x) => x.text === "背")?.pinyin).toBe("bēi");
  });

  it("not an adjective and a character (compounds: 羞耻感, 高低压; counter-cases)", () => {
    expect(tokens("他有很强的羞耻感。").map((x) => x.text)).toContain("羞耻感");
  });
});

describe("地 after an idiom, before a verb jieba tags a noun", () => {
  it("is the particle de", () => {
    const t = tokens("小鸟依依不舍地飞走了。");
    expect(t.find((x) => x.text === "地")?.pinyin).toBe("de");
  });

  it("stays dì after a verb or a measure word (counter-cases)", () => {
    expect(tokens("完成待建地绿化。").find((x) => x.text === "地")?.pinyin).toBe("dì");
    expect(tokens("这块地种了玉米。").find((x) => x.text === "地")?.pinyin).toBe("dì");
  });
});
