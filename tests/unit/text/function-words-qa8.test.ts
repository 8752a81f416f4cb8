// Glosses by place found reading a job ad, a manual, an email and a science item of our own
// (seventh session): 将 + an object + a verb, 本 before a noun, 上 after a noun, 们 and 住 by parts.
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { partsGloss } from "@/lib/text/part-gloss";
import { glossOf as gloss } from "../../support/lesson-tokens";


describe("将 as the object marker", () => {
  it("before a noun jieba tags a verb (简历) or a predicate it tags an adjective (充满)", () => {
    expect(gloss("有意者请将简历发送至公司邮箱。", "将")).toMatch(/^\(introduces object/);
    expect(gloss("首次使用前，请将电池充满电。", "将")).toMatch(/^\(introduces object/);
  });

  it("stays 'will' before a verb, a preposition or a noun that is also a verb (counter-cases)", () => {
    expect(gloss("会议将在北京举行。", "将")).toMatch(/^will/);
    expect(gloss("中国将继续推动合作。", "将")).toMatch(/^will/);
    expect(gloss("塞拉利昂也将投资开发电子政务。", "将")).toMatch(/^will/); // 投资 "investment; to invest"
    expect(gloss("这将会使电荷重新分布。", "将")).toMatch(/^will/); // 会 "can", no noun
  });
});

describe("本 and 上 by their place", () => {
  it("本 before a noun is 'this; our'", () => {
    expect(gloss("本公司现招聘销售经理两名。", "本")).toBe("this; our; one's own");
  });

  it("上 after a noun is the locative", () => {
    expect(gloss("家里的阳台上种满了花。", "上")).toBe("on; in (after a noun)");
    expect(gloss("这在历史上很少见。", "上")).toBe("on; in (after a noun)");
  });

  it("keep their own senses elsewhere (counter-cases)", () => {
    expect(gloss("他上了车。", "上")).not.toBe("on; in (after a noun)"); // after a pronoun: the verb
    expect(gloss("本来我不想去。", "本来")).toMatch(/original|originally/); // a word of its own
  });
});

describe("们 and 住 by parts", () => {
  it("reads a noun before 们 and a verb before 住", () => {
    expect(partsGloss("同学们", "tóng xué men")).toBe("fellow student + (plural)"); // not "to study at the same school"
    expect(partsGloss("按住", "àn zhù")).toBe("to press + (firmly; to a halt)");
  });
});

describe("在 + a noun + a locative that jieba keeps as one phrase", () => {
  it("is cut into its words, at the sentence's start too", () => {
    const words = (s: string) => buildLesson(s).sentences.flatMap((x) => x.tokens).map((t) => t.text);
    expect(words("这在历史上很少见。")).toEqual(expect.arrayContaining(["在", "历史", "上"]));
    expect(words("在世界上，这种情况很普遍。").slice(0, 3)).toEqual(["在", "世界", "上"]);
    expect(words("多喝水对身体好。").slice(0, 2)).toEqual(["多", "喝水"]); // the adverb split, now at the start too
  });

  it("not a word CC-CEDICT has (counter-case)", () => {
    const words = buildLesson("他们躲在地下。").sentences.flatMap((x) => x.tokens).map((t) => t.text);
    expect(words).not.toContain("下"); // 在地下 "underground" is CC-CEDICT's (or jieba cuts 在|地下): never 在|地|下
  });
});

describe("adverbs before a verb, results after one, and the frame 对…来说", () => {
  it("gloss an adverb and a verb, and a verb and its result, by parts", () => {
    expect(partsGloss("共建", "gòng jiàn")).toBe("jointly + to establish");
    expect(partsGloss("不减", "bù jiǎn")).toBe("not + to lower");
    expect(partsGloss("讲清楚", "jiǎng qīng chu")).toBe("to speak + clear");
  });

  it("not a noun jieba knows whole, nor a cut across a word (counter-cases)", () => {
    expect(partsGloss("都统", "dū tǒng")).toBeNull(); // a Qing military title
    expect(partsGloss("舒适度", "shū shì dù")).not.toBe("to stretch + moderately"); // 舒适 is a word
  });

  it("reads 来说 after 对/对于 as the frame", () => {
    expect(gloss("对于学生来说，时间很宝贵。", "来说")).toMatch(/^\(对…来说\) as far as/);
    // No opener before it: "to come + to speak" (a breakdown of its characters), not the frame.
    expect(gloss("他来说一说。", "来说")).toBe("来 to come · 说 to speak");
  });
});

describe("news register (a briefing and a UN item of our own)", () => {
  it("对此 is 'regarding + this'; 就 + a listed topic + 交换意见 is 'with regard to'", () => {
    expect(gloss("中方对此有何回应？", "对此")).toBe("regarding + this");
    expect(gloss("双方就气候变化、全球治理等议题交换了意见。", "就")).toMatch(/^with regard to/);
  });

  it("就 before a verb stays the adverb, and a clause end still ends the topic (counter-cases)", () => {
    expect(gloss("他就走了。", "就")).not.toMatch(/^with regard to/);
    expect(gloss("就这样吧。交换意见以后再说。", "就")).not.toMatch(/^with regard to/);
  });
});

describe("a briefing's time words and advice (qa17)", () => {
  it("reads 下月 'next month', 如有 'if', 多做 'more; mostly'", () => {
    // 下月 is one token since everyday-cuts joins 上|下|本 to 月 (as jieba already cuts 上周, 下周).
    expect(gloss("中方将派代表团出席下月举行的国际会议。", "下月")).toMatch(/next month/);
    expect(gloss("如有消息，我们会及时发布。", "如")).toBe("if");
    expect(gloss("希望有关国家多做有利于和平的事。", "多")).toBe("more; mostly (before a verb)");
  });

  it("keeps 如 'such as' before another verb and 多 after a count (counter-cases)", () => {
    expect(gloss("目标，如干扰电子线路。", "如")).not.toBe("if");
    expect(gloss("他吃了三百多。", "三百多") ?? "").not.toMatch(/^more; mostly/);
  });
});

describe("称…为… (a viral-video item, qa19)", () => {
  it("is 'to call; to name'", () => {
    expect(gloss("网友纷纷点赞，称他为最美骑手。", "称")).toBe("to call; to name (称…为…)");
    expect(gloss("人们称这座城市为春城。", "称")).toBe("to call; to name (称…为…)");
  });

  it("before a pause it reports what a source says (counter-case)", () => {
    expect(gloss("年报称，公司利润增长。", "称")).toMatch(/^to state/);
  });
});
