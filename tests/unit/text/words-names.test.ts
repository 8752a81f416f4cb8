import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";

// Names and abbreviation compounds on texts written for these tests (tests/fixtures/texts/words-*),
// each rule beside its counter-cases.
const FIXTURES = path.join(import.meta.dirname, "../../fixtures/texts");
const texts = (s: string) => segmentSentence(s).map((t) => t.text);
const tokensOf = (file: string) => buildLesson(fs.readFileSync(path.join(FIXTURES, file), "utf8")).sentences.flatMap((s) => s.tokens);
const find = (tokens: LessonToken[], text: string) => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${tokens.map((x) => x.text).join("|")}`);
  return t;
};

describe("names", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("keeps Chinese and transliterated names whole, as names with pinyin (names-heavy item)", () => {
    const tokens = tokensOf("words-names.txt");
    const expected: Record<string, string> = {
      尹锡悦: "yǐn xī yuè",
      黄循财: "huáng xún cái",
      斯塔默: "sī tǎ mò",
      朔尔茨: "shuò ěr cí",
      毛宁: "máo níng",
      拉夫罗夫: "lā fū luó fū",
      潘功胜: "pān gōng shèng",
      泽连斯基: "zé lián sī jī",
      王毅: "wáng yì",
    };
    for (const [name, pinyin] of Object.entries(expected)) expect(find(tokens, name)).toMatchObject({ kind: "name", pinyin });
    expect(find(tokens, "拉夫罗夫").gloss).toMatch(/Lavrov/);
  });

  it("hand-checked segmentation of a names-heavy sentence", () => {
    expect(texts("韩国总统尹锡悦、新加坡总理黄循财、英国首相斯塔默和德国总理朔尔茨分别致电祝贺。")).toEqual([
      "韩国", "总统", "尹锡悦", "、", "新加坡", "总理", "黄循财", "、", "英国首相", "斯塔默", "和", "德国", "总理", "朔尔茨",
      "分别", "致电", "祝贺", "。",
    ]);
    expect(texts("外交部发言人毛宁在例行记者会上说")).toEqual(["外交部", "发言人", "毛宁", "在", "例行", "记者会", "上", "说"]);
  });

  it("joins names after a title, in a list after a name, and before a speech verb", () => {
    expect(texts("美国国务卿布林肯会见王毅")).toContain("布林肯");
    expect(texts("巴西总统卢拉。")).toContain("卢拉");
    expect(texts("委员长赵乐际、王沪宁、蔡奇、丁薛祥、李希出席。")).toEqual(expect.arrayContaining(["蔡奇", "丁薛祥", "李希"]));
    expect(texts("黄循财表示欢迎。")[0]).toBe("黄循财");
    // A transliteration with one marker character (斯) before a speech verb.
    expect(texts("卡拉斯科表示欢迎。")[0]).toBe("卡拉斯科");
    expect(texts("卡拉斯科说，智利支持多边主义。")[0]).toBe("卡拉斯科");
    const name = buildLesson("卡拉斯科表示欢迎。").sentences[0].tokens[0];
    expect(name).toMatchObject({ text: "卡拉斯科", kind: "name", pinyin: "kǎ lā sī kē" });
  });

  it("joins a transliteration with one marker before the noun of a place or institution", () => {
    expect(texts("他在卡拉斯科机场降落。")).toEqual(["他", "在", "卡拉斯科", "机场", "降落", "。"]);
    expect(texts("代表团抵达卡拉斯科国际机场。")).toEqual(["代表团", "抵达", "卡拉斯科", "国际机场", "。"]);
    const name = buildLesson("他在卡拉斯科机场降落。").sentences[0].tokens[2];
    expect(name).toMatchObject({ text: "卡拉斯科", kind: "name", pinyin: "kǎ lā sī kē" });
  });

  it("joins a transliteration with one marker after a preposition or verb of place", () => {
    expect(texts("他在卡拉斯科降落。")).toEqual(["他", "在", "卡拉斯科", "降落", "。"]);
    expect(texts("代表团抵达卡拉斯科。")).toEqual(["代表团", "抵达", "卡拉斯科", "。"]);
    // Without a marker character the run stays apart: 马里 (Mali) and the word 多.
    expect(texts("他们在马里多住了几天。")).toEqual(expect.arrayContaining(["马里", "多", "住"]));
  });

  it("leaves one-marker runs apart without such a noun, and known words and places as they are (counter-cases)", () => {
    // No speech verb and no place noun after 卡拉斯 + 比: 比 stays the word "than".
    expect(texts("卡拉斯比他高。")).toEqual(["卡拉斯", "比", "他", "高", "。"]);
    // Known places and names keep their own token before the place noun.
    expect(texts("我们到了斯里兰卡机场。")).toEqual(["我们", "到", "了", "斯里兰卡", "机场", "。"]);
    expect(texts("他在拉斯维加斯机场转机。")).toEqual(["他", "在", "拉斯维加斯", "机场", "转机", "。"]);
    expect(texts("尼克松访华。")).toEqual(["尼克松", "访华", "。"]);
    // 克拉 is a word (carat), and 拉 + 斯文人 is a verb and a word, not a name.
    const carat = buildLesson("这颗钻石有三克拉。").sentences[0].tokens.find((t) => t.text === "克拉");
    expect(carat).toMatchObject({ kind: "word", pinyin: "kè lā" });
    expect(texts("他拉斯文人下水。")).toEqual(["他", "拉", "斯文人", "下水", "。"]);
  });

  it("needs a marker character for a speech verb to join a transliteration run (counter-cases)", () => {
    // No marker among 奥巴马 + 多: 多 stays a word before 说.
    expect(texts("奥巴马多说了几句。")).toEqual(expect.arrayContaining(["奥巴马", "多", "说"]));
    expect(texts("特朗普拉着他说。")).toEqual(expect.arrayContaining(["特朗普", "拉", "着"]));
  });

  it("never swallows real words (counter-cases)", () => {
    expect(texts("这个王国里有高尔夫球场，他很斯文，拉动内需。")).toEqual([
      "这个", "王国", "里", "有", "高尔夫球场", "，", "他", "很", "斯文", "，", "拉动", "内需", "。",
    ]);
    // A surname character before a particle or verb is not a name: 白说, 向他, 马上.
    expect(texts("你这是白说。")).toEqual(["你", "这", "是", "白", "说", "。"]);
    expect(texts("总理向他介绍情况。")).toEqual(expect.arrayContaining(["向", "他"]));
    expect(texts("马上就到。")[0]).toBe("马上");
    // Transliteration characters that form a known word stay that word.
    expect(texts("一克拉钻石")).toContain("克拉");
  });
});

describe("listed public figures (lib/dict/data/people/public-figures.tsv)", () => {
  beforeAll(() => void getSegmenter(), 60_000);
  const tokensIn = (text: string) => buildLesson(text).sentences.flatMap((s) => s.tokens);

  it("are one name token with the English form, even with no title or speech verb beside them", () => {
    const tokens = tokensIn("布林肯会见了尹锡悦和岸田文雄。李在明当选。黄循财、潘功胜和毛宁出席。");
    const expected: Record<string, [string, string]> = {
      布林肯: ["bù lín kěn", "Antony Blinken"],
      尹锡悦: ["yǐn xī yuè", "Yoon Suk Yeol"],
      岸田文雄: ["àn tián wén xióng", "Fumio Kishida"],
      李在明: ["lǐ zài míng", "Lee Jae-myung"],
      黄循财: ["huáng xún cái", "Lawrence Wong"],
      潘功胜: ["pān gōng shèng", "Pan Gongsheng"],
      毛宁: ["máo níng", "Mao Ning"],
    };
    for (const [name, [pinyin, english]] of Object.entries(expected)) {
      const t = tokens.find((x) => x.text === name);
      expect(t, `${name} in ${tokens.map((x) => x.text).join("|")}`).toBeDefined();
      expect(t!.kind).toBe("name");
      expect(t!.pinyin).toBe(pinyin);
      expect(t!.gloss).toMatch(new RegExp(`^${english}\\b`));
    }
  });

  it("do not swallow the words around a surname (counter-cases: 小李强调, 李希望, 韩正在)", () => {
    expect(texts("小李强调了这一点。")).toEqual(["小李", "强调", "了", "这", "一点", "。"]); // 小李 "Little Li": name-forms.ts
    expect(texts("李希望大家团结。")).toContain("希望");
    expect(texts("韩正在开会。")).toContain("正在");
  });
});

describe("abbreviation compounds", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("are one token glossed by meaning", () => {
    const tokens = buildLesson("中俄关系、中美两国、中欧双方都很重要。涉华问题上，美方、菲方、中方、塞方立场不同。").sentences.flatMap((s) => s.tokens);
    expect(find(tokens, "美方")).toMatchObject({ kind: "word", gloss: "the US side" });
    expect(find(tokens, "菲方").gloss).toBe("the Philippine side");
    expect(find(tokens, "中方").gloss).toBe("the Chinese side");
    expect(find(tokens, "塞方").gloss).toBe("the Serbian side");
    expect(find(tokens, "涉华").gloss).toMatch(/^China-related/);
    expect(find(tokens, "中美").gloss).toBe("China–US");
    expect(find(tokens, "中欧").gloss).toBe("China–EU");
    const russia = buildLesson("中俄双方同意。").sentences[0].tokens;
    expect(find(russia, "中俄").gloss).toBe("China–Russia");
  });

  it("X方 binds before a pair, and words made of country characters stay words (counter-cases)", () => {
    expect(texts("在会谈中美方表示")).toEqual(expect.arrayContaining(["美方"]));
    expect(texts("在会谈中美方表示")).not.toContain("中美");
    const tokens = buildLesson("美德是双方的共同点，西方和地方都重视。").sentences[0].tokens;
    expect(find(tokens, "美德").gloss).toMatch(/virtue/);
    for (const w of ["双方", "西方", "地方"]) expect(find(tokens, w).gloss).not.toMatch(/side$/);
  });
});

describe("驻 + a country's abbreviation", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("is one token glossed by meaning, like 涉华 (驻|美 had 美 'beautiful')", () => {
    const tokens = buildLesson("中国驻美大使谢锋表示，我国驻日使馆已经提醒公民。").sentences.flatMap((s) => s.tokens);
    expect(find(tokens, "驻美")).toMatchObject({ kind: "word", pinyin: "zhù měi", gloss: "stationed in the US" });
    expect(find(tokens, "驻日").gloss).toBe("stationed in Japan");
  });

  it("leaves 驻 before a full name, a place name and vocabulary alone (counter-cases)", () => {
    expect(texts("他是驻新加坡大使。")).toEqual(expect.arrayContaining(["驻", "新加坡"]));
    expect(texts("我去过驻马店。")).toContain("驻马店");
    const tokens = buildLesson("驻华使节出席了招待会。").sentences[0].tokens;
    expect(tokens.map((t) => t.text).join("|")).not.toMatch(/驻\|华/);
  });
});

describe("numbers and organisation names", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it("segments 二十国集团, 大国大党 and 二〇二五年 right", () => {
    expect(texts("二十国集团峰会")).toEqual(["二十国集团", "峰会"]);
    expect(texts("我们是大国大党")).toEqual(["我们", "是", "大国", "大党"]);
    const year = buildLesson("二〇二五年是关键一年。").sentences[0].tokens[0];
    expect(year).toMatchObject({ text: "二〇二五年", kind: "number" });
  });

  it("does not re-cut a name that follows a real word (counter-case: 和平壤)", () => {
    expect(texts("中国和平壤的关系")).toEqual(expect.arrayContaining(["和", "平壤"]));
  });
});

describe("country characters several countries share", () => {
  beforeAll(() => void getSegmenter(), 60_000);
  const gloss = (text: string, word: string) =>
    buildLesson(text).sentences.flatMap((s) => s.tokens).find((t) => t.text === word)?.gloss;

  it("read 巴 as the country the text names, Pakistan by default", () => {
    expect(gloss("巴西总统卢拉访华。中巴双方签署协议，巴方表示欢迎。", "中巴")).toBe("China–Brazil");
    expect(gloss("巴西总统卢拉访华。中巴双方签署协议，巴方表示欢迎。", "巴方")).toBe("the Brazilian side");
    expect(gloss("巴基斯坦总理访华，中巴关系密切。", "中巴关系")).toMatch(/^China–Pakistan \+ relation/);
    expect(gloss("中巴关系发展良好。巴方表示感谢。", "巴方")).toBe("the Pakistani side");
    expect(gloss("伊拉克总理访华，伊方表示支持。", "伊方")).toBe("the Iraqi side");
  });

  it("leave 中巴 'minibus' alone in a text about no such country (counter-case)", () => {
    expect(gloss("我坐中巴去上班。", "中巴")).toMatch(/minibus/);
  });
});
