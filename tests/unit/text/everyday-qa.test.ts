import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt, tokenOf } from "../../support/lesson-tokens";

// More readings and glosses found on everyday sentences of our own (fifteenth session, batches four
// to nine: chat, legal, medical, sport, narrative, textbook, an MFA briefing in both scripts, leaders
// and figures); everyday-predicates.test.ts has the first three. Each rule's positive cases failed on
// the code before; the counter-cases pass on both.

const at = (text: string, ch: string, from = 0) => readingAt(text, text.indexOf(ch, from));

describe("fourth QA batch (fifteenth session)", () => {
  it("reads a noun jieba keeps whole ending in 地 as the ground (满地 mǎn dì); the adverb's 地 stays de", () => {
    expect(tokenOf("秋风一吹，满地都是落叶。", "满地")?.pinyin).toBe("mǎn dì");
    expect(at("他认真地听着。", "地")).toBe("de");
  });

  it("cuts the verb copied after its object before 得 (唱歌|唱|得 de), and keeps 歌唱 elsewhere", () => {
    const text = "她唱歌唱得特别好听。";
    expect(tokenOf(text, "唱歌")?.pinyin).toBe("chàng gē");
    expect(tokenOf(text, "歌唱")).toBeUndefined();
    expect(at(text, "得")).toBe("de");
    expect(tokenOf("我们为祖国歌唱。", "歌唱")?.pinyin).toBe("gē chàng");
  });

  it("glosses 刚 before a verb 'just', 不想 before a verb 'not to want to' (its literary sense at a clause start stays)", () => {
    expect(glossOf("刚下班，累死了。", "刚")).toBe("just; barely; exactly");
    expect(glossOf("今晚不想做饭。", "不想")).toMatch(/^not to want to/);
    expect(glossOf("不想他竟然来了。", "不想")).toMatch(/unexpectedly/);
  });

  it.each([["秋风一吹，满地都是落叶。"], ["门票一开售就被抢光了。"], ["他一听就明白了。"]])("%s glosses 一 'as soon as'", (text) => {
    expect(lessonTokens(text).find((t) => t.text === "一")?.gloss).toMatch(/^\(一…就\) as soon as/);
  });

  it.each([["古希腊天文学从一开始就寻求天象的规律。"], ["何苦唬我们这么一跳。"], ["《大唐西域记》卷一记载：此地多山。"]])("%s keeps 一 a number", (text) => {
    expect(lessonTokens(text).find((t) => t.text === "一")?.gloss ?? "").not.toMatch(/as soon as/);
  });
});

describe("fifth QA batch (fifteenth session)", () => {
  it.each([["他跑了五公里，一点也不觉得累。"], ["上了一天班，挺累的。"], ["妈妈累。"]])("%s reads 累 lèi, tired", (text) => {
    expect(at(text, "累")).toBe("lèi");
  });

  it.each([["要不断积累经验。", "积累"], ["全年累计完成投资五亿元。", "累计"]])("%s keeps lěi in %s", (text, word) => {
    expect(tokenOf(text, word)?.pinyin?.split(" ")).toContain("lěi");
  });

  it("glosses 不想 before an adverb after a comma 'not to want to'", () => {
    expect(glossOf("我已经习惯了这里的生活，不想再搬家了。", "不想")).toMatch(/^not to want to/);
  });

  it("reads 精神 after 看起来 as lively, jīng shen; the spirit of a meeting stays jīng shén", () => {
    expect(tokenOf("她把头发剪短了，看起来精神多了。", "精神")?.pinyin).toBe("jīng shen");
    expect(tokenOf("我们要认真学习会议精神。", "精神")?.pinyin).toBe("jīng shén");
  });
});

describe("sixth QA batch (fifteenth session): an MFA briefing, simplified and traditional", () => {
  it("glosses a word by the entry of its characters as written in traditional input (颱風 typhoon, 臺風 stage presence)", () => {
    expect(glossOf("這場颱風造成嚴重災情。", "颱風")).toBe("typhoon");
    expect(glossOf("他的臺風很好。", "臺風")).toMatch(/stage presence/);
    expect(glossOf("請盡快回覆。", "盡快")).toMatch(/as soon as possible/);
  });

  it("cuts a harvested name whose surname makes a side with the character before (中|方有何 → 中方|有|何)", () => {
    const text = "问：日本首相近日参拜靖国神社，中方有何评论？";
    expect(tokenOf(text, "方有何")).toBeUndefined();
    expect(glossOf(text, "中方")).toBe("the Chinese side");
  });

  it("reads 为 in 为…所作的 wèi 'for'; the passive 为…所 and 理解为 stay wéi", () => {
    expect(at("中方欢迎各方为缓和局势所作的努力。", "为")).toBe("wèi");
    expect(at("感谢他为和平所做的贡献。", "为")).toBe("wèi");
    expect(at("这首歌为人民所喜爱。", "为")).toBe("wéi");
    expect(at("可以理解为免税日之前所挣的钱。", "为")).toBe("wéi");
  });
});

describe("seventh QA batch (fifteenth session): leaders, votes and figures", () => {
  it("glosses 该 before a noun jieba tags a verb, or before a verb of stating, as 'that; the said'", () => {
    expect(glossOf("安理会通过了该决议。", "该")).toMatch(/^that; the said/);
    expect(glossOf("该报告指出，经济持续恢复。", "该")).toMatch(/^that; the said/);
    expect(glossOf("时间不早了，该走了。", "该")).toMatch(/^should/);
    expect(glossOf("该回家吃饭了。", "该")).toMatch(/^should/);
  });

  it("glosses 前 before a count 'the first', before a year in digits BC, and that year", () => {
    const text = "今年前三季度，全国居民人均可支配收入增长5.2%。";
    expect(glossOf(text, "前")).toMatch(/^the first/);
    expect(glossOf(text, "三季度")).toBe("the first three quarters (Q1–Q3)");
    expect(glossOf("前221年，秦始皇统一六国。", "前")).toMatch(/^BC/);
    expect(glossOf("前221年，秦始皇统一六国。", "221年")).toBe("221 BC (the year)");
    expect(glossOf("三天前他来过。", "前")).not.toMatch(/first|BC/);
  });
});

describe("eighth QA batch (fifteenth session): narrative and textbook sentences", () => {
  it("reads 得 de before a complement that ends in a state word (照得院子里亮堂堂的, 晒得皮肤红彤彤的)", () => {
    expect(at("那天晚上，月亮又大又圆，照得院子里亮堂堂的。", "得")).toBe("de");
    expect(at("太阳晒得皮肤红彤彤的。", "得")).toBe("de");
  });

  it("glosses 坏了 after a feeling 'terribly'; opening a clause it stays the interjection", () => {
    expect(glossOf("全家人都高兴坏了。", "坏了")).toMatch(/terribly/);
    expect(glossOf("坏了，我忘带钥匙了。", "坏了")).toMatch(/oh, no/);
  });

  it("keeps 一 + a verb a quick action where 把 sets it up (把书包往沙发上一扔)", () => {
    const glosses = lessonTokens("他一进门就把书包往沙发上一扔，跑去看电视了。").filter((t) => t.text === "一").map((t) => t.gloss ?? "");
    expect(glosses[0]).toMatch(/as soon as/);
    expect(glosses[1]).not.toMatch(/as soon as/);
  });

  it("glosses a separable verb split by 了 or 过 by the verb (结了婚, 见过面); not a direction (醒过来)", () => {
    expect(glossOf("他们在网上认识的，后来结了婚。", "结了婚")).toBe("to marry; to get married (结了婚: done)");
    expect(glossOf("他慢慢醒过来了。", "醒过来")).not.toMatch(/done before/);
  });

  it("glosses 过 after a verb as the aspect; 过马路 and 走过来 keep theirs", () => {
    expect(glossOf("你吃过北京烤鸭吗？", "过")).toMatch(/^\(after a verb\) have done before/);
    expect(lessonTokens("过马路要小心。").some((t) => /experienced/.test(t.gloss ?? ""))).toBe(false);
  });

  it("glosses 带 before 着 at a clause's start by its verb senses (…，带着浓重的口音)", () => {
    expect(glossOf("他的普通话说得不太标准，带着浓重的口音。", "带")).toMatch(/^to wear; to carry/);
  });
});

describe("ninth QA batch (fifteenth session)", () => {
  it("cuts 说|的话 'what he said' after a verb of speech; 的话 'if' stays after a supposing clause", () => {
    expect(tokenOf("他说的话我一句也没听懂。", "的话")).toBeUndefined();
    expect(glossOf("如果你想说的话，就说吧。", "的话")).toMatch(/^if/);
    expect(glossOf("你愿意的话，明天来吧。", "的话")).toMatch(/^if/);
  });

  it("glosses 好 before 几 'quite (a few)'; 很好 keeps 'good'", () => {
    expect(glossOf("这本书我借了好几次都没借到。", "好")).toMatch(/quite \(a few\)/);
    expect(glossOf("他很好。", "好")).toMatch(/^good/);
  });
});

describe("有 with its 一 left out (fifteenth session)", () => {
  it("cuts and glosses a measure word after 有 (我有本书: 本 the classifier, not 本书 'this book')", () => {
    const text = "我有本书想借给你。";
    expect(tokenOf(text, "本书")).toBeUndefined();
    expect(glossOf(text, "本")).toMatch(/^classifier for books/);
    expect(glossOf("本书共分三章。", "本书")).toMatch(/^this/);
  });

  it("keeps a verb after 没有 a verb (没有听党的话)", () => {
    expect(glossOf("最主要是没有听党的话。", "听")).toMatch(/^to listen/);
  });
});

describe("tenth QA batch (fifteenth session)", () => {
  it("glosses 别管 before 了 'don't bother about'; before a question word it stays 'no matter'", () => {
    expect(glossOf("这件事你就别管了。", "别管")).toMatch(/^don't bother/);
    expect(glossOf("别管是谁，都要排队。", "别管")).toMatch(/^no matter/);
  });

  it("glosses 快 before a verb or adjective and 了 'soon; almost'; 快来 and 很快 keep theirs", () => {
    expect(glossOf("天快黑了，我们赶紧回家吧。", "快")).toBe("soon; almost");
    expect(glossOf("快来！", "快")).toMatch(/^rapid/);
  });

  it("glosses 一 opening a clause before a verb and 就 'as soon as' (…，一看就是好几个小时); 一看，… stays", () => {
    const once = (text: string) => lessonTokens(text).find((t) => t.text === "一")?.gloss ?? "";
    expect(once("我弟弟爱看动画片，一看就是好几个小时。")).toMatch(/as soon as/);
    expect(once("一看，原来是他。")).not.toMatch(/as soon as/);
  });
});
