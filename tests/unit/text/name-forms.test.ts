import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";

// Forms of Chinese names (qa7 P4) and capitalised dictionary words that are no names (qa7 P13),
// each rule beside its counter-cases.
const texts = (s: string) => segmentSentence(s).map((t) => t.text);
const tokensOf = (s: string) => buildLesson(s).sentences.flatMap((x) => x.tokens);
const token = (s: string, text: string): LessonToken => {
  const t = tokensOf(s).find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${tokensOf(s).map((x) => x.text).join("|")}`);
  return t;
};
const brief = (t: LessonToken) => [t.text, t.pinyin, t.kind, t.gloss];

describe("forms of Chinese names (qa7 P4)", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("joins a surname + 某/某某, the withheld name of court reports", () => {
    expect(brief(token("被告人曾某以高额回报为诱饵。", "曾某"))).toEqual(["曾某", "zēng mǒu", "name", "Mr/Ms Zeng (name withheld)"]);
    expect(token("法院判处张某有期徒刑三年。", "张某").kind).toBe("name");
    expect(brief(token("被告人李某某当庭认罪。", "李某某"))).toEqual(["李某某", "lǐ mǒu mǒu", "name", "Mr/Ms Li (name withheld)"]);
  });

  it("keeps 某 apart after a preposition and in words (counter-cases)", () => {
    expect(texts("他向某国提供援助。")).toContain("向");
    expect(texts("某些人不同意。")).toContain("某些");
    expect(texts("这是某种误会。")).toContain("某种");
    expect(texts("张某人在此。")).toEqual(expect.arrayContaining(["张", "某人"]));
    expect(texts("他曾经来过这里。")).toContain("曾经");
  });

  it("joins 老/小 + a common surname: 老张, 老王, 小李", () => {
    expect(brief(token("你还记得老张吗？", "老张"))).toEqual(["老张", "lǎo zhāng", "name", "Old Zhang (familiar form of address)"]);
    expect(token("老王和小李都来了。", "老王").kind).toBe("name");
    expect(token("老王和小李都来了。", "小李").gloss).toBe("Little Li (familiar form of address)");
    expect(token("小刘来了。", "小刘").kind).toBe("name");
  });

  it("leaves words in 老/小 alone (counter-cases)", () => {
    for (const [s, w] of [["老师来了。", "老师"], ["老板很忙。", "老板"], ["过马路要小心。", "小心"], ["等了两个小时。", "小时"], ["他很老实。", "老实"], ["这本小说很好看。", "小说"]]) {
      expect([w, token(s, w).kind]).toEqual([w, "word"]);
    }
    expect(texts("他骂了一句老王八蛋。")).not.toContain("老王");
    expect(token("他跳得老高。", "老高").kind).not.toBe("name");
    expect(texts("老林深处有老虎。")).not.toContain("老林");
  });

  it("reads the character after 姓 as a surname", () => {
    expect(brief(token("老板是纳西族人，姓和。", "和"))).toEqual(["和", "hé", "name", "surname He"]);
    expect(token("他姓王，叫王明。", "王").gloss).toBe("surname Wang");
  });

  it("keeps 和 as 'and' elsewhere and 姓 inside words (counter-cases)", () => {
    expect(token("我和他是朋友。", "和").kind).toBe("word");
    expect(token("老百姓和干部", "和").kind).toBe("word");
    expect(token("他的姓和名都很特别。", "和").kind).toBe("word");
    expect(texts("老百姓和干部")).toContain("老百姓");
  });

  it("joins a name after a title or a head of something, with the surname's reading", () => {
    expect(brief(token("审判长单晓华在宣判后提醒市民。", "单晓华"))).toEqual(["单晓华", "shàn xiǎo huá", "name", null]);
    expect(brief(token("呼吸科主任乐文华提醒家长。", "乐文华"))).toEqual(["乐文华", "yuè wén huá", "name", null]);
  });

  it("joins a name before a title, and surname + a given name jieba knows", () => {
    expect(token("就看杜锋指导怎么布置战术了。", "杜锋").kind).toBe("name");
    expect(token("郭艾伦一条龙上篮。", "郭艾伦").kind).toBe("name");
  });

  it("does not read a name as two countries", () => {
    expect(token("篮板被辽宁队的韩德君抢到了。", "韩德君").kind).toBe("name");
  });

  it("keeps titles of posts, verbs and country pairs as they were (counter-cases)", () => {
    expect(texts("唐太宗任宁远将军。")).not.toContain("任宁远");
    expect(texts("任命北地王慕容钟为司徒。")).not.toContain("王慕容");
    expect(texts("他的单位领导来了。")).toContain("单位");
    expect(texts("孩子成长很快。")).toContain("成长");
    expect(token("韩德关系密切。", "韩德").gloss).toBe("ROK–Germany");
    expect(texts("日韩间的合作")).toContain("日韩");
    expect(texts("城郭外有一条河。")).not.toContain("郭外");
  });
});

describe("capitalised dictionary words that are no names (qa7 P13)", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("makes months, festivals, verbs with a place in them and place words words", () => {
    expect(token("十月三日，晴。", "十月").kind).toBe("word");
    expect(token("十一月二十日", "十一月").kind).toBe("word");
    expect(token("巴西总统卢拉将于下周访华。", "访华").kind).toBe("word");
    expect(token("郑和六次下西洋。", "下西洋").kind).toBe("word");
    expect(token("船队到达非洲东海岸。", "东海岸").kind).toBe("word");
    expect(token("春节快到了。", "春节").kind).toBe("word");
    // 山下 "at the foot of the hill", not glossed "Yamashita (Japanese surname)": its characters' senses.
    const shanxia = token("中午在山下的小饭馆吃饭。", "山下");
    expect([shanxia.kind, shanxia.gloss]).toEqual(["word", "山 mountain · 下 under; below (after a noun)"]);
  });

  it("keeps names, places, dynasties and people as names (counter-cases)", () => {
    for (const [s, w] of [["王毅在北京会见布林肯。", "北京"], ["王毅在北京会见布林肯。", "王毅"], ["王毅在北京会见布林肯。", "布林肯"], ["他出生于唐朝。", "唐朝"], ["孙中山回到河内。", "河内"], ["吐蕃直逼奉天，关中震动。", "关中"], ["山下智久来了。", "山下智久"]]) {
      expect([w, token(s, w).kind]).toEqual([w, "name"]);
    }
  });
});
