import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";

// Words and glosses from the QA findings left open by the fifth session (sixth session, `text7`),
// each rule beside counter-cases.

const tokensOf = (text: string) => buildLesson(text).sentences.flatMap((s) => s.tokens);
const find = (tokens: LessonToken[], text: string, nth = 0) => {
  const t = tokens.filter((x) => x.text === text)[nth];
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join("|")}`);
  return t;
};
const glossOf = (sentence: string, text: string, nth = 0) => find(tokensOf(sentence), text, nth).gloss ?? "";

beforeAll(() => void getSegmenter(), 60_000);

describe("a literary sense labelled as a conjunction (则)", () => {
  it("is not sorted behind the others", () => {
    expect(glossOf("日本首相石破茂则在记者会上回应了有关问题。", "则")).toMatch(/^\(literary\) \(conjunction[^;]*\) but; then/);
  });
  it("other literary senses still sort last (counter-case: 则's 'to imitate')", () => {
    expect(glossOf("日本首相石破茂则在记者会上回应了有关问题。", "则")).not.toMatch(/imitate/);
  });
});

describe("不过 at a clause start", () => {
  it("is 'but; however' before a pause or a subject", () => {
    expect(glossOf("不过，有用户反映，手机在充电时发热明显。", "不过")).toBe("but; however");
    expect(glossOf("他想去。不过他没有时间。", "不过")).toBe("but; however");
  });
  it("stays 'only' before a quantity or inside a clause (counter-cases)", () => {
    expect(glossOf("不过三天，他就回来了。", "不过")).toMatch(/^only/);
    expect(glossOf("这不过是个开始。", "不过")).toMatch(/^only/);
  });
});

describe("便 before a verb or adverb", () => {
  it("is 'then'", () => {
    expect(glossOf("风一吹，便泛起一层层金色的波浪。", "便")).toBe("then; in that case");
  });
  it("keeps its default gloss elsewhere (counter-case)", () => {
    expect(glossOf("这样很便。", "便")).toMatch(/^plain/);
  });
});

describe("会 before a verb or adverb", () => {
  it("shows its modal senses only, 'likely' first after an adverb or a time word", () => {
    expect(glossOf("他会说汉语。", "会")).toBe("can; to be likely to; to be sure to");
    expect(glossOf("明天会下雨。", "会")).toBe("to be likely to; to be sure to; can");
    expect(glossOf("这样做只会让问题更复杂。", "会")).toMatch(/^to be likely to/);
  });
  it("keeps the noun senses where no verb follows (counter-case)", () => {
    expect(glossOf("开完会，他就走了。", "会")).toMatch(/^can; to have the skill/);
  });
});

describe("a measure word after a demonstrative, before a noun", () => {
  it("takes its classifier sense (这款手机, 上节课)", () => {
    expect(glossOf("这款手机采用了新一代处理器。", "款")).toBe("classifier for versions or models (of a product)");
    expect(glossOf("今天我们先复习上节课学的生词。", "节")).toMatch(/^classifier for segments: lessons/);
  });
  it("not without a noun after it, nor 上 inside a place name (counter-cases)", () => {
    expect(glossOf("这款很好。", "款")).toMatch(/^section/);
    expect(glossOf("他住在长野县上水内郡。", "水")).not.toMatch(/classifier/);
  });
});

describe("a unit after a number", () => {
  it("takes the sense that names the unit (二十三度)", () => {
    expect(glossOf("最高气温二十三度，最低气温十五度。", "度")).toBe("degree (angles, temperature etc)");
    expect(glossOf("最高气温二十三度，最低气温十五度。", "度", 1)).toBe("degree (angles, temperature etc)");
  });
  it("not a character with several unit senses (分: minute, point, cent)", () => {
    expect(glossOf("他总得分2303分。", "分", 0)).not.toMatch(/^minute/);
  });
});

describe("cuts jieba makes by frequency against the grammar around (recut-words.ts)", () => {
  const cut = (sentence: string) => tokensOf(sentence).map((t) => t.text).join("|");
  it("年|报称 → 年报|称: a noun CC-CEDICT has and a verb, not a verb it lacks", () => {
    expect(cut("公司发布年报称，利润增长。")).toContain("年报|称");
  });
  it("时说 → 时|说", () => {
    expect(cut("他在出席活动时说，双方应当相向而行。")).toContain("活动|时|说");
  });
  it("签字|后方|可 → 签字|后|方可 after a verb; 从后方可以 keeps the noun (counter-case)", () => {
    expect(cut("合同须经双方签字后方可生效。")).toContain("签字|后|方可");
    expect(cut("从后方可以看到大楼。")).toContain("后方|可以");
  });
  it("出|门前 → 出门|前 when the verb and the noun's first make a verb; 站在门前 stays (counter-cases)", () => {
    expect(cut("他出门前吃了饭。")).toContain("出门|前");
    expect(cut("他站在门前。")).toContain("门前");
    expect(cut("有些地区会同时使用两种方法。")).toContain("会|同时");
  });
  it("20|日前 → 20日|前", () => {
    expect(cut("中方将于20日前作出答复。")).toContain("20日|前");
    expect(cut("将于11月20日至23日对中国进行国事访问。")).toContain("20日|至|23日");
    expect(cut("他日前表示同意。")).toContain("日前");
  });
});

describe("后 after a verb, a time or a number (qa7 P1)", () => {
  it("is 'after; later'", () => {
    expect(glossOf("法院审理后认为，被告人有罪。", "后")).toBe("after; later; afterwards");
    expect(glossOf("他称帝后定都南京。", "后")).toBe("after; later; afterwards");
    expect(glossOf("三年后他回来了。", "后")).toBe("after; later; afterwards");
  });
  it("stays 'behind' after a noun (counter-case)", () => {
    expect(glossOf("房子后有一棵树。", "后")).toMatch(/^back; behind/);
  });
});

describe("an adverb jieba tags d, before a word, shows its adverb senses first (qa7 P5)", () => {
  it("才, 刚, 忽", () => {
    expect(glossOf("排了两个小时队才到山脚下。", "才")).toMatch(/^then and only then/);
    expect(glossOf("他刚下班。", "刚")).toBe("just; barely; exactly");
  });
  it("not where the first sense is a function word already (将 'will', 却 'but', 更 'more')", () => {
    expect(glossOf("中国将继续同各国一道。", "将")).toMatch(/^will/);
    expect(glossOf("他却没有来。", "却")).toMatch(/^but/);
    expect(glossOf("他更喜欢跑步。", "更")).toMatch(/^more/);
  });
});

describe("别 before a verb (qa7 P5)", () => {
  it("is 'don't'", () => {
    expect(glossOf("别等了。", "别")).toBe("don't ...!");
    expect(glossOf("那你先别干了。", "别")).toBe("don't ...!");
  });
  it("keeps the default before a noun or particle (counter-case)", () => {
    expect(glossOf("我们在车站别了。", "别")).toMatch(/^to leave/);
  });
});

describe("verbs and function words by their place (qa7 P10–P14)", () => {
  it("点 after a verb, before its object, is 'a little'; after a number the default (counter-case)", () => {
    expect(glossOf("要我带点啥？", "点")).toMatch(/^a small amount; a bit/);
    expect(glossOf("要我带点啥？", "带")).toMatch(/^to wear; to carry/);
  });
  it("给 + an object and no verb after it is 'to give'; 给他打电话 stays the preposition (counter-case)", () => {
    expect(glossOf("问了两次才给答复。", "给")).toBe("to give");
    expect(glossOf("我给四颗星。", "给")).toBe("to give");
    expect(glossOf("我给他打电话。", "给")).toMatch(/^to; for/);
  });
  it("一边 before a verb is 'doing while'; 站在一边 keeps 'one side' (counter-case)", () => {
    expect(glossOf("只好一边吸氧一边慢慢往上爬。", "一边")).toBe("doing while");
    expect(glossOf("他站在一边。", "一边")).toMatch(/^one side/);
  });
  it("应 before a verb or adverb is 'should'", () => {
    expect(glossOf("都应尽早接种。", "应")).toBe("should; ought to; must");
  });
  it("称 before a pause is 'to state'; 称他为英雄 is no report (counter-case; it names: function-words-qa8)", () => {
    expect(glossOf("有报道称，某国近期频繁举行军事演习。", "称")).toBe("to state");
    expect(glossOf("人们称他为英雄。", "称")).toBe("to call; to name (称…为…)");
  });
  it("行 as a whole reply is 'all right; OK!'", () => {
    expect(glossOf("行啊，没问题！", "行")).toBe("all right; OK!; will do");
    expect(glossOf("他行了很远的路。", "行")).not.toMatch(/^all right/);
  });
  it("将 + a noun and a verb later is the object marker; 将 + a verb stays 'will' (counter-cases)", () => {
    expect(glossOf("并将大部分款项用于偿还个人债务。", "将")).toMatch(/^\(introduces object of main verb/);
    expect(glossOf("然后将容器快速降至室温。", "将")).toMatch(/^\(introduces object/);
    expect(glossOf("中国将继续同各国一道。", "将")).toMatch(/^will/);
    expect(glossOf("山海关守将吴三桂。", "将")).not.toMatch(/introduces/);
  });
  it("a number + 点 beside a time of day is the clock time; 三点建议 stays a count (counter-case)", () => {
    expect(glossOf("早上六点我们就从丽江古城出发。", "六点")).toBe("6 o'clock");
    expect(glossOf("中午十一点吧。", "十一点")).toBe("11 o'clock");
    expect(glossOf("他提出三点建议。", "三点")).not.toMatch(/o'clock/);
  });
  it("早点 before a verb is 'early + a little', not 'breakfast'; 吃早点 stays (counter-case)", () => {
    expect(glossOf("早点睡觉。", "早点")).toBe("early + a little");
    expect(glossOf("我们去吃早点。", "早点")).toBe("breakfast");
  });
  it("a verb before a name or pronoun, its object, shows its verb senses (并派郑和率领)", () => {
    expect(glossOf("并派郑和率领庞大的船队。", "派")).toMatch(/^to send/);
  });
  it("a verb closing its clause after a modal or negation (啥也不用带)", () => {
    expect(glossOf("啥也不用带。", "带")).toMatch(/^to wear; to carry/);
  });
});

describe("a determiner and one noun character no dictionary has as a word (该省, 该市)", () => {
  it("is glossed by its parts, past the verbs CC-CEDICT lists first", () => {
    expect(glossOf("该省今年经济增长较快。", "该省")).toBe("this (aforementioned) + province; provincial capital");
    expect(glossOf("该市将新建三所学校。", "该市")).toBe("this (aforementioned) + market; city");
  });
  it("not a measure word, nor a character jieba does not tag a noun (counter-cases)", () => {
    expect(glossOf("这笔钱很多。", "这笔")).not.toMatch(/writing brush/);
    expect(glossOf("该走了。", "该")).not.toMatch(/\+/);
  });
});

describe("an adverb and a verb jieba keeps as one token CC-CEDICT lacks (qa7 P9)", () => {
  const cut = (sentence: string) => tokensOf(sentence).map((t) => t.text).join("|");
  it("is cut into the two (多喝水, 勤洗手, 切实做好)", () => {
    expect(cut("要让孩子多喝水。")).toContain("多|喝水");
    expect(cut("平时要勤洗手。")).toContain("勤|洗手");
    expect(cut("我们要切实做好安全工作。")).toContain("切实|做好");
  });
  it("not where the first two characters are a word (依赖于), nor a noun compound (乡镇级) (counter-cases)", () => {
    expect(cut("计算机集群依赖于一种集中管理方法。")).not.toContain("依|赖于");
    expect(cut("他当选为乡镇级人大代表。")).toContain("乡镇级");
    expect(cut("如果一味施压，中国必将坚决反制。")).toContain("坚决反制"); // a glossary term
  });
});

describe("来说|说 (qa7 P9)", () => {
  const cut = (sentence: string) => tokensOf(sentence).map((t) => t.text).join("|");
  it("is 来|说说, a doubled verb CC-CEDICT has", () => {
    expect(cut("来说说真实感受。")).toContain("来|说说");
  });
  it("not where the doubled form is no common word (铁钉|钉, 钉钉 is a name) (counter-case)", () => {
    expect(cut("以铁钉钉其五体于壁。")).not.toContain("钉钉");
  });
});

describe("a modal and a verb no dictionary has as a word (须经)", () => {
  it("is glossed by its parts", () => {
    expect(glossOf("遇有重大情况须经领导批准。", "须经")).toBe("must + to pass through");
  });
});

describe("numbers (qa7 P6)", () => {
  it("第 + a numeral is an ordinal, not 第二 + 十八", () => {
    expect(glossOf("这已经是他第二十八分了。", "第二十八")).toBe("28th");
  });
  it("a year in Chinese digits without a zero is one token with its 年", () => {
    expect(glossOf("明朝建立于一三六八年。", "一三六八年")).toBe("the year 1368");
  });
  it("a word after 第二 keeps its composed gloss (counter-case)", () => {
    expect(glossOf("他担任第二炮兵副司令员。", "第二炮兵")).toBe("second + artillery soldier");
  });
});

describe("在 + a verb + 后/前/时 (qa7 P14)", () => {
  it("is a time, 'at; in; on', not the progressive", () => {
    expect(glossOf("审判长在宣判后提醒大家。", "在")).toBe("at; in; on (a place or time)");
  });
  it("在 + a verb alone stays the progressive (counter-case)", () => {
    expect(glossOf("他在看书。", "在")).toBe("(indicates an action in progress)");
  });
});

describe("a one-character noun before a transliterated name that starts with a locative (锅|里加)", () => {
  const cut = (sentence: string) => tokensOf(sentence).map((t) => t.text).join("|");
  it("is the noun, the locative and a word", () => {
    expect(cut("锅里加少许油。")).toContain("锅|里|加");
  });
  it("keeps the name elsewhere and native place names (counter-cases)", () => {
    expect(cut("他去了里加。")).toContain("里加");
    expect(cut("吴蔚著中国民主法制出版社出版。")).toContain("中国");
  });
});

describe("约 and 应 by their place (sixth session)", () => {
  const glossOf = (sentence: string, word: string) => tokensOf(sentence).find((t) => t.text === word)!.gloss;
  it("约 before a number is 'approximately'; before a person it stays 'to make an appointment'", () => {
    expect(glossOf("计划涉及约六百三十万人。", "约")).toBe("approximately");
    expect(glossOf("两市成交额合计约9800亿元。", "约")).toBe("approximately");
    expect(glossOf("我约他明天见面。", "约")).toMatch(/^to make an appointment/);
  });
  it("应 before a phrase that opens with a verb is 'should'", () => {
    expect(glossOf("南方国家应加强团结。", "应")).toMatch(/^should/);
    expect(glossOf("应美方邀请出席会议。", "应")).not.toMatch(/^should/);
  });
});

describe("a measure word after a count, before its noun (sixth session)", () => {
  const glossOf = (sentence: string, word: string) => tokensOf(sentence).find((t) => t.text === word)!.gloss;
  it("takes its classifier sense (三十多本书, 两百余万名志愿者, 160名学生)", () => {
    expect(glossOf("他写了三十多本书。", "本")).toMatch(/^classifier for books/);
    expect(glossOf("全国共有两百余万名志愿者。", "名")).toMatch(/^classifier for people/);
    expect(glossOf("学校有160名学生。", "名")).toMatch(/^classifier for people/);
  });
  it("not after a date (1914年任基辅市长: the verb; counter-case)", () => {
    expect(glossOf("他1914年任基辅市长。", "任")).not.toMatch(/^classifier/);
  });
});
