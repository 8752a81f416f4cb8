// An economy report and a health notice of our own (seventh session): 应 + an adverbial jieba tags
// c or a + a verb, 等 after a list of verbs, 非 and 较 before what they modify.
import { describe, expect, it } from "vitest";
import { tokenOf as token } from "../../support/lesson-tokens";


describe("function words in a report and a notice", () => {
  it("reads and glosses them by their place", () => {
    const ying = token("老人和儿童应及时接种疫苗。", "应");
    expect(ying?.pinyin).toBe("yīng");
    expect(ying?.gloss).toMatch(/^should/);
    expect(token("如果出现发热、咳嗽等症状，要尽早就医。", "等")?.gloss).toMatch(/^and so on/);
    expect(token("其中非食品价格持平。", "非")?.gloss).toBe("non- (before a noun)");
    expect(token("外部环境仍存在较多不确定性。", "较")?.gloss).toBe("relatively; comparatively");
  });

  it("keeps 应邀 yìng, 等 'to wait' after a verb outside a list, 而非 'not' (counter-cases)", () => {
    expect(token("应美方邀请访问。", "应")?.pinyin).toBe("yìng");
    expect(token("我们等他回来。", "等")?.gloss).toMatch(/^to wait/);
    expect(token("这是高级语言而非汇编语言。", "非")?.gloss).not.toBe("non- (before a noun)");
  });
});
