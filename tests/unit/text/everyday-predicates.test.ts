import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt, tokenOf } from "../../support/lesson-tokens";

// Readings and glosses found on everyday sentences of our own (fifteenth session): 差 as a
// predicate after a noun subject (g2p/verb-frames.ts predicateChoices), 难 judging an action
// (g2p/colloquial-frames.ts hardReading), the modal 得 before an adverb standing alone
// (g2p/de-frames.ts) or jieba's 得直 after a pronoun (complement-cuts.ts), 落 "to leave behind"
// with a belonging counted (g2p/object-frames.ts), 店's modern sense first (lib/dict/sense-order.ts),
// 度 after a number and containers counted (number-gloss.ts).

const at = (text: string, ch: string, from = 0) => readingAt(text, text.indexOf(ch, from));

describe("差 after a noun subject, closing its clause", () => {
  it.each([["这批货的质量差。"], ["这家餐厅的菜味道不错，就是服务员的态度差了点。"], ["这里的空气质量差，我们走吧。"]])("%s reads chà", (text) => {
    expect(at(text, "差")).toBe("chà");
  });

  it.each([["两者的差是多少？", "chā"], ["时间差不多了。", "chà"], ["我们得差人去送信。", "chāi"], ["他去北京出差了。", "chāi"]])("%s keeps %s", (text, reading) => {
    expect(at(text, "差")).toBe(reading);
  });

  it("leaves a noun jieba tags a noun at the end of a compound alone (铁辘轳耙 pá)", () => {
    const text = "在书中记作铁辘轳耙，因此有人认为这里有作坊。";
    expect(at(text, "耙")).toBe("pá");
  });
});

describe("难 judging an action or after a degree word", () => {
  it.each([["这个问题说起来容易，做起来难。"], ["这件事听上去很难。"], ["这会导致更难的谜题。"]])("%s reads nán", (text) => {
    expect(at(text, "难")).toBe("nán");
  });

  it.each([["他在地震中遇难。"], ["国难当头，人人有责。"], ["他们是逃难来的难民。"]])("%s keeps nàn in its words", (text) => {
    expect(at(text, "难")).toBe("nàn");
  });
});

describe("得 the modal before an adverb", () => {
  it.each([["他还得再等一会儿。"], ["你还得先写作业。"], ["这份报告还得再改一改。"], ["我也得马上走。"]])("%s reads děi", (text) => {
    expect(at(text, "得")).toBe("děi");
  });

  it.each([["他只得先回家。", "dé"], ["他去年得过奖。", "dé"], ["他气得直跺脚。", "de"]])("%s keeps %s", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });

  it("cuts jieba's 得直 after a pronoun before a verb: 我|得|直|说 děi zhí", () => {
    const text = "我得直说了，这个方案不行。";
    expect(tokenOf(text, "得直")).toBeUndefined();
    expect(at(text, "得")).toBe("děi");
    expect(at(text, "直")).toBe("zhí");
  });

  it("keeps 得直 (to win an appeal) where no verb follows", () => {
    expect(tokenOf("这场官司他得直了。", "得直")?.pinyin).toBe("dé zhí");
  });
});

describe("落 with a belonging counted after 了", () => {
  it.each([["他落了一本书在我家。"], ["我落了一把伞在车上。"]])("%s reads là, to leave behind", (text) => {
    expect(at(text, "落")).toBe("là");
  });

  it.each([["树叶落了一地。"], ["桌上落了一层灰。"], ["她落了两滴眼泪。"]])("%s keeps luò", (text) => {
    expect(at(text, "落")).toBe("luò");
  });
});

describe("glosses", () => {
  it("gives 店 its modern sense first, and keeps a historical thing's own sense", () => {
    expect(glossOf("这家店很有名。", "店")).toMatch(/^\(bound form\) shop/);
    expect(glossOf("1933年起，在汉口开设钱庄。", "钱庄")).toMatch(/^old-style money shop/);
  });

  it("reads 度 after a number above three as degrees, and 两度 as occasions", () => {
    expect(glossOf("孩子发烧到三十九度。", "三十九度")).toBe("39 degrees");
    expect(glossOf("他两度访华。", "两度")).toMatch(/occurrences/);
  });

  it("counts by a container jieba tags a verb (一包烟), not by its verb sense", () => {
    expect(glossOf("我买了一包烟。", "一包")).toBe("1 + package");
    expect(glossOf("我买了一包烟。", "一包")).not.toMatch(/cover/);
  });
});

describe("second QA batch (fifteenth session)", () => {
  it("reads 便宜 pián yi after 占 with a complement between (占到便宜), biàn yí in 便宜行事", () => {
    expect(tokenOf("这场比赛双方打成平局，谁也没占到便宜。", "便宜")?.pinyin).toBe("pián yi");
    expect(tokenOf("他占了不少便宜。", "便宜")?.pinyin).toBe("pián yi");
    expect(tokenOf("授权他便宜行事。", "便宜行事")?.pinyin).toBe("biàn yí xíng shì");
  });

  it("reads 得 opening a clause before a verb or adverb as the modal děi", () => {
    expect(at("这台机器出了点毛病，得找人来修一修。", "得")).toBe("děi");
    expect(at("时间不早了，得赶紧走了。", "得")).toBe("děi");
  });

  it.each([["得了吧，别骗我了。", "dé"], ["得奖的人是他。", "dé"], ["得罪了他。", "dé"]])("keeps %s %s", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });

  it("glosses 带 after a verb taking a verb phrase by its verb senses (记得带伞), not 'band; belt'", () => {
    expect(glossOf("出门记得带伞。", "带")).toMatch(/^to wear; to carry; to take along/);
    expect(glossOf("他系了一条带子。", "带子")).not.toMatch(/^to /);
  });

  it("breaks a verb and its object down as verb + noun (做作业: 做 + 作业), and keeps 归属于, 淡黄色 greedy", () => {
    expect(glossOf("她一边听音乐一边做作业。", "做作业")).toMatch(/^做 to make · 作业 /);
    expect(glossOf("这片土地归属于国家。", "归属于")).toMatch(/^归属 /);
    expect(glossOf("花是淡黄色的。", "淡黄色")).toMatch(/^淡黄 /);
  });

  it("glosses both halves of 一边…一边 'doing while'; 站在一边 keeps 'one side'", () => {
    const text = "她一边听音乐一边做作业。";
    const both = lessonTokens(text).filter((t) => t.text === "一边").map((t) => t.gloss);
    expect(both).toEqual(["doing while", "doing while"]);
    expect(glossOf("他站在一边。", "一边")).toMatch(/one side/);
  });

  it("glosses a doubled verb as done a little (尝尝), a doubled adjective as intensified; not a name or noun", () => {
    expect(glossOf("我们中午去尝尝吧。", "尝尝")).toBe("to taste a little; to have a go (尝尝)");
    expect(glossOf("学校的混混胁迫他。", "混混")).not.toMatch(/a little/);
  });

  it("glosses 别 before a verb 'don't' in a breakdown (别忘了)", () => {
    expect(glossOf("别忘了带护照。", "别忘了")).toMatch(/^别 don't/);
  });
});

describe("third QA batch (fifteenth session)", () => {
  it("cuts a measure word from the noun it counts after a demonstrative (这|部|手机, 这|道|菜)", () => {
    expect(tokenOf("这部手机的屏幕摔碎了。", "部手机")).toBeUndefined();
    expect(glossOf("这部手机的屏幕摔碎了。", "部")).toMatch(/classifier/);
    expect(tokenOf("这道菜要先把肉切成片。", "道菜")).toBeUndefined();
    expect(tokenOf("这位数学家很有名。", "数学家")?.kind).toBe("word");
  });

  it("reads 大 or 小 and a noun CC-CEDICT has only as a name, counted as a thing, as the thing (这座大桥, 这场大雪)", () => {
    const bridge = tokenOf("经过三年的努力，这座大桥终于建成通车了。", "大桥");
    expect(bridge?.kind).toBe("word");
    expect(bridge?.gloss).toMatch(/big/);
    expect(bridge?.gloss).not.toMatch(/Qiao/);
    expect(tokenOf("这场大雪下了整整一夜。", "大雪")?.kind).toBe("word");
  });

  it.each([["一家美国公司在这里开了分店。", "美国"], ["这本圣经很旧了。", "圣经"], ["两条长江一样的大河。", "长江"], ["那位小乔是谁？", "小乔"]])("keeps %s's %s a name", (text, word) => {
    expect(tokenOf(text, word)?.kind).toBe("name");
  });

  it("glosses 行 closing a clause after a grading adverb 'all right; OK' (味道还行吧, 这样也行); 步行 stays", () => {
    expect(glossOf("今天的晚饭是我做的，味道还行吧？", "行")).toMatch(/^all right/);
    expect(glossOf("这样也行。", "行")).toMatch(/^all right/);
    expect(glossOf("我们步行去学校。", "步行")).toMatch(/foot|walk/);
  });

  it("breaks 被 and 别 down by their role before a verb, and an aspect particle after one", () => {
    expect(glossOf("由于连日降雨，部分村庄被淹。", "被淹")).toMatch(/^被 \(passive marker\)/);
    expect(glossOf("考试的时候别着急。", "别着急")).toMatch(/^别 don't/);
    expect(glossOf("爷爷年轻的时候当过兵。", "当过兵")).toBe("to serve in the army; to be a soldier (当过兵: done before)");
    expect(glossOf("小狗紧跟着主人。", "紧跟着")).toBe("紧跟 to follow precisely · 着 (-ing)");
  });

  it("glosses an emphatic 可 before a predicate and 了 'certainly; very'; 可以 stays a word", () => {
    expect(glossOf("孩子们在操场上玩得可开心了。", "可")).toMatch(/emphasis/);
    expect(glossOf("这个可以吗？", "可以")).toMatch(/^can/);
  });

  it.each([["太好啦！", "啦", "la"], ["走喽！", "喽", "lou"], ["我知道了哦。", "哦", "o"]])("%s reads its final particle %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });

  it.each([["哦，原来如此。", "哦", "ò"], ["他哇的一声哭了。", "哇", "wā"], ["啦啦队在加油。", "啦", "lā"]])("%s keeps %s %s (an interjection, or inside a word)", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });
});

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
