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
