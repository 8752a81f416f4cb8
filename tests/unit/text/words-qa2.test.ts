import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";
import { measureGloss } from "@/lib/text/number-gloss";

// Words and glosses from the second QA pass (fifth session, `text6`), each with counter-cases.

const tokensOf = (text: string) => buildLesson(text).sentences.flatMap((s) => s.tokens);
const find = (tokens: LessonToken[], text: string, nth = 0) => {
  const t = tokens.filter((x) => x.text === text)[nth];
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join("|")}`);
  return t;
};

beforeAll(() => void getSegmenter(), 60_000);

describe("a jieba 'name' of two common words", () => {
  it("is cut into its words (严格执行 nr in jieba's dictionary: lib/text/familiar-names.ts)", () => {
    const tokens = tokensOf("二、严格执行值班制度。");
    expect(find(tokens, "严格").kind).toBe("word");
    expect(find(tokens, "执行").gloss).toMatch(/^to implement/);
  });
  it("keeps real names (counter-cases)", () => {
    expect(find(tokensOf("张伟说他明天来。"), "张伟").kind).toBe("name");
    expect(find(tokensOf("司马相如写了一篇赋。"), "司马相如").kind).toBe("name");
  });
});

describe("a surname before a form of address", () => {
  it("is glossed as the surname", () => {
    expect(find(tokensOf("王老师抱着一摞作业本走进教室。"), "王").gloss).toBe("surname Wang");
    expect(find(tokensOf("张医生很忙。"), "张").gloss).toBe("surname Zhang");
    expect(find(tokensOf("曾老师来了。"), "曾").gloss).toBe("surname Zeng");
    expect(find(tokensOf("谢谢王教授。"), "王").gloss).toBe("surname Wang");
  });
  it("not a preposition, a classifier after a numeral, or a verb (counter-cases)", () => {
    expect(find(tokensOf("我向老师请教。"), "向").gloss).not.toMatch(/surname/);
    expect(find(tokensOf("这张老师的照片很好看。"), "张").gloss).not.toMatch(/surname/);
    expect(find(tokensOf("我去查老师的作业。"), "查").gloss).not.toMatch(/surname/);
    // Not a common surname, nor one with a reading of its own: 郑国大夫 "a senior official of Zheng".
    expect(find(tokensOf("郑国大夫子产说。"), "国").gloss).not.toMatch(/surname/);
    // The end of a given name: 黄佩华先生's 华 stays huá (the name is now one token, name-forms.ts).
    expect(find(tokensOf("金琢云先生与黄佩华先生在东交民巷开了一家店。"), "黄佩华").pinyin).toBe("huáng pèi huá");
  });
});

describe("a verb after a negation, modal or adverb, or before an aspect particle", () => {
  it("shows its verb senses first (没带课本, 要盖好, 带了书)", () => {
    expect(find(tokensOf("小明没带课本。"), "带").gloss).toMatch(/^to wear; to carry/);
    expect(find(tokensOf("吃不完的菜要盖好保鲜膜。"), "盖").gloss).toMatch(/^to cover/);
    expect(find(tokensOf("他带了一本书。"), "带").gloss).toMatch(/^to wear; to carry/);
  });
  it("keeps the default elsewhere and for modals (counter-cases)", () => {
    expect(find(tokensOf("锅盖在桌子上，这个盖很重。"), "盖").gloss).toMatch(/^lid/);
    expect(find(tokensOf("系统更新后偶尔还会卡顿。"), "会").gloss).toMatch(/^can/);
    expect(find(tokensOf("这家店的老板很好。"), "好").gloss).toMatch(/^good/);
    // At a clause end it is a predicate adjective: 又累又饿 "hungry".
    expect(find(tokensOf("士兵又累又饿。"), "饿").gloss).toMatch(/^hungry/);
  });
});

describe("a number and a measure word without a 'classifier for' sense", () => {
  it("is glossed by its parts", () => {
    const tokens = tokensOf("放在凉水里泡十分钟，加一勺醋和半勺盐，每天跑五公里。");
    expect(find(tokens, "十分钟").gloss).toBe("10 minutes"); // a duration: numberGloss says it whole
    expect(find(tokens, "一勺").gloss).toBe("1 + spoon");
    expect(find(tokens, "半勺").gloss).toBe("half + spoon");
    expect(find(tokens, "五公里").gloss).toBe("5 + kilometer");
    expect(find(tokensOf("高出地面约一米。"), "一米").gloss).toBe("1 + meter (unit of length)");
    expect(measureGloss("三小时", "sān xiǎo shí")).toBe("3 + hour");
    expect(find(tokensOf("泛起一层层金色的波浪。"), "一层层").gloss).toBe("layer upon layer");
  });
  it("keeps classifiers as they were, and words as words (counter-cases)", () => {
    expect(find(tokensOf("三名学生来了。"), "三名").gloss).toBe("3 + (classifier for people)");
    expect(measureGloss("这层", "zhè céng")).toBe("this + (classifier for layers)");
    expect(measureGloss("一路上", "yī lù shang")).toBeNull();
    expect(measureGloss("八角楼", "bā jiǎo lóu")).toBeNull();
    expect(measureGloss("两周", "liǎng zhōu")).toBeNull();
  });
});

describe("a character with two entries of one reading, before a verb", () => {
  it("takes the entry whose first sense is a modal (须 'must', not 'beard')", () => {
    expect(find(tokensOf("遇有重大情况须第一时间上报。"), "须").gloss).toMatch(/^must/);
    expect(find(tokensOf("新人须三跪九磕。"), "须").gloss).toMatch(/^must/);
  });
  it("keeps the default before a noun or at a clause end (counter-cases)", () => {
    expect(find(tokensOf("他留着长须。"), "须").gloss).toMatch(/^beard/);
    expect(find(tokensOf("由颚基、螯肢及须肢组成。"), "须").gloss).toMatch(/^beard/);
  });
});
