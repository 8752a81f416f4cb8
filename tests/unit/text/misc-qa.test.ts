import { describe, expect, it } from "vitest";
import { glossOf, readingAt } from "../../support/lesson-tokens";
import { cedictEntries, isNoiseSense, preferredEntry, shortGloss } from "@/lib/dict/cedict";

// Found reading a weather forecast, a phone review, two articles of a labour law and a history
// paragraph of our own (eighteenth session).

describe("a forecast, a review, a law and a history paragraph", () => {
  it("glosses 第二十条 opening a law's sentence 'Article 20' though a noun follows, and 第一条路 as a count", () => {
    expect(glossOf("第二十条 用人单位应当及时足额支付劳动报酬。", "第二十条")).toBe("Article 20");
    expect(glossOf("第一条路是最近的。", "第一条")).toMatch(/^1st/);
  });

  it("glosses 我 + an institution 'our' (我市, 我国), and 我家 'my'", () => {
    expect(glossOf("我市将有一次明显的降温过程。", "我市")).toMatch(/^our \+ /);
    expect(glossOf("我家在北京。", "我家")).toMatch(/^my \+ /);
  });

  it("breaks a word down past a proper noun inside it (劳动报酬: 劳动 · 报酬, not 劳动报 'Trud')", () => {
    expect(glossOf("用人单位应当及时足额支付劳动报酬。", "劳动报酬")).toBe("劳动 work · 报酬 reward");
  });

  it("glosses 对 'towards' before a word used as a verb with 了, whatever jieba tags it (产生 n)", () => {
    expect(glossOf("这对后世产生了深远影响。", "对")).toMatch(/^towards/);
    expect(glossOf("对了，明天见。", "对")).toMatch(/^right/);
  });

  it("keeps a sense that opens with the verb 'see' (明天见 'see you tomorrow'), and drops pointers", () => {
    expect(glossOf("对了，明天见。", "明天见")).toMatch(/^see you tomorrow/);
    expect(isNoiseSense("see you tomorrow")).toBe(false);
    expect(isNoiseSense("see 西安市[Xi1 an1 Shi4]")).toBe(true);
    expect(shortGloss(preferredEntry(cedictEntries("参见"))!)).toMatch(/see also/);
  });
});

describe("a memoir and the Analects", () => {
  it("reads 说 yuè in 不亦说乎, glossed 'pleased', and shuō elsewhere", () => {
    const text = "学而时习之，不亦说乎？";
    expect(readingAt(text, text.indexOf("说"))).toBe("yuè");
    expect(glossOf(text, "说")).toMatch(/^pleased/);
    expect(readingAt("他说了很多。", 1)).toBe("shuō");
  });

  it("glosses an adverb and the modal 会 (总会 'always · will'), and 展会's 会 as a gathering", () => {
    expect(glossOf("我总会想起她。", "总会")).toBe("总 in every case; always; invariably · 会 will; be likely to (modal)");
    expect(glossOf("这次展会很成功。", "展会")).toMatch(/会 meeting; gathering/);
  });
});

describe("a Hong Kong news item in traditional characters", () => {
  it("glosses durations counted (一个月 '1 month', 三周 '3 weeks', 十分钟 '10 minutes'), not 月 'moon'", () => {
    expect(glossOf("與前一個月相若。", "一個月")).toBe("1 month");
    expect(glossOf("三周后见。", "三周")).toBe("3 weeks");
    expect(glossOf("凉水里泡十分钟。", "十分钟")).toBe("10 minutes");
  });

  it("glosses 一定 before a noun or 的 'a certain; some', before a verb 'surely'", () => {
    expect(glossOf("但個別行業仍面對一定壓力。", "一定")).toMatch(/^a certain/);
    expect(glossOf("我们取得了一定的成绩。", "一定")).toMatch(/^a certain/);
    expect(glossOf("他一定会成功。", "一定")).toMatch(/^surely/);
  });

  it("lets a name inside a breakdown yield to a far commoner word it overlaps (好时节: 好 · 时节, not Hershey's)", () => {
    expect(glossOf("现在是种花的好时节。", "好时节")).toBe("好 good · 时节 season");
    expect(glossOf("纽约有天后宫。", "天后宫")).toBe("天后 Tin Hau · 宫 palace"); // a place's name keeps it
    expect(glossOf("清入选由湖北省委宣传部组织的活动。", "湖北省委") ?? "").not.toMatch(/湖 lake/);
  });
});

describe("an MFA briefing", () => {
  it("reads 正当 zhèngdàng beside other words of what is lawful (规范、正当合法), zhèngdāng before a time clause", () => {
    const text = "操作专业规范、正当合法。";
    expect(readingAt(text, text.indexOf("当"))).toBe("dàng");
    const when = "正当他要出门时，电话响了。";
    expect(readingAt(when, 1)).toBe("dāng");
  });
});
