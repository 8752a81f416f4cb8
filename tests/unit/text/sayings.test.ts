import { describe, expect, it } from "vitest";
import { cedictEntries, cedictSayings, clauseGloss, isCedictIdiom } from "@/lib/dict/cedict";
import { lessonTokens, readingOfChar, tokenOf } from "../../support/lesson-tokens";

// CC-CEDICT's sayings of two clauses (一着不慎，满盘皆输; 479 headwords with a comma): one token of
// kind idiom read and glossed as the saying, whether the text writes the comma or not. Each case
// beside the texts it must leave alone. The sentences are our own.

describe("a saying written without its comma", () => {
  it("is one idiom token with the saying's reading and gloss", () => {
    const token = tokenOf("你这是以小人之心度君子之腹。", "以小人之心度君子之腹");
    expect(token?.kind).toBe("idiom");
    expect(token?.pinyin).toBe("yǐ xiǎo rén zhī xīn duó jūn zǐ zhī fù");
    expect(token?.gloss).toMatch(/gentleman/);
    expect(tokenOf("一朝被蛇咬十年怕井绳，他再也不敢借钱给别人了。", "一朝被蛇咬十年怕井绳")?.pinyin).toMatch(/^yī zhāo /);
  });
});

describe("a saying written with its comma (match-phrases.ts)", () => {
  it("joins the clauses into one idiom token across the comma, read as the saying", () => {
    const token = tokenOf("真是一着不慎，满盘皆输。", "一着不慎，满盘皆输");
    expect(token?.kind).toBe("idiom");
    expect(token?.pinyin).toBe("yī zhāo bù shèn mǎn pán jiē shū");
    expect(token?.gloss).toMatch(/careless move/);
    expect(tokenOf("俗话说，鹬蚌相争，渔翁得利。", "鹬蚌相争，渔翁得利")?.gloss).toMatch(/fisherman/);
  });
  it("joins them across another clause separator than the dictionary's", () => {
    const token = tokenOf("真是一着不慎；满盘皆输。", "一着不慎；满盘皆输");
    expect(token?.kind).toBe("idiom");
    expect(token?.pinyin).toBe("yī zhāo bù shèn mǎn pán jiē shū");
  });
  it("keeps the characters as written in a traditional text", () => {
    const token = lessonTokens("正所謂一朝被蛇咬，十年怕井繩。").find((t) => t.kind === "idiom");
    expect(token?.text).toBe("一朝被蛇咬，十年怕井繩");
    expect(token?.pinyin).toMatch(/^yī zhāo bèi shé yǎo/);
  });
  it("leaves clauses that are not the saying's apart (counter-cases)", () => {
    // Only the first clause: no token spans the comma.
    const tokens = lessonTokens("他一着不慎，输掉了比赛。");
    expect(tokens.some((t) => t.text.includes("，") && t.text.length > 1)).toBe(false);
    // The same characters across a sentence's end are two sentences.
    expect(lessonTokens("鹬蚌相争。渔翁得利。").some((t) => t.text.includes("渔翁得利") && t.text.includes("鹬"))).toBe(false);
    // 朝 as the dynasty or the direction outside the saying.
    expect(readingOfChar("明朝的时候，这里很繁华。", "朝")).toBe("cháo");
    expect(readingOfChar("大门朝南开。", "朝")).toBe("cháo");
  });
});

describe("one clause of a saying on its own (cedict.ts clauseGloss)", () => {
  it("takes the saying's gloss, named", () => {
    const token = tokenOf("他总是以小人之心揣测别人。", "以小人之心");
    expect(token?.gloss).toBe(clauseGloss("以小人之心"));
    expect(token?.gloss).toMatch(/^from 以小人之心，度君子之腹: .*gentleman/);
    expect(tokenOf("两家争来争去，结果让第三方渔翁得利。", "渔翁得利")?.gloss).toMatch(/^from 鹬蚌相争，渔翁得利: /);
  });
  it("is null for a text that is no clause of a saying (counter-cases)", () => {
    expect(clauseGloss("人类命运共同体")).toBeNull();
    expect(clauseGloss("以小人")).toBeNull();
    // A clause with an entry of its own keeps that entry's gloss (鹬蚌相争 "abbr. for …").
    expect(tokenOf("两家鹬蚌相争，谁也没占到便宜。", "鹬蚌相争")?.gloss).not.toMatch(/^from /);
  });
});

describe("idiom marks of CC-CEDICT (isCedictIdiom)", () => {
  it("counts (saying), (proverb) and (idiom, from …) as set phrases", () => {
    expect(cedictEntries("一分耕耘，一分收获").some(isCedictIdiom)).toBe(true); // "(saying) you reap what you sow"
    expect(cedictEntries("三人行，必有我师").some(isCedictIdiom)).toBe(true); // "(idiom, from the Analects…)"
  });
  it("does not count an ordinary word (counter-case)", () => {
    expect(cedictEntries("发展").some(isCedictIdiom)).toBe(false);
  });
  it("lists the sayings with their comma, and each has its comma-less form as an entry", () => {
    const sayings = cedictSayings();
    expect(sayings.length).toBeGreaterThan(400);
    expect(sayings).toContain("一着不慎，满盘皆输");
    for (const saying of sayings) expect(cedictEntries(saying.replaceAll("，", "")).length, saying).toBeGreaterThan(0);
  });
});

describe("sayings CC-CEDICT does not mark as idioms, and quotations of the glossary", () => {
  it("makes an unmarked saying of two clauses an idiom, with or without its comma (isCedictSaying)", () => {
    expect(tokenOf("我们要先天下之忧而忧，后天下之乐而乐。", "先天下之忧而忧，后天下之乐而乐")?.kind).toBe("idiom");
    expect(tokenOf("真是只许州官放火不许百姓点灯！", "只许州官放火不许百姓点灯")?.kind).toBe("idiom");
  });
  it("keeps a quotation leaders use whole, with its English, written with or without its comma", () => {
    const token = tokenOf("不积跬步，无以至千里，做学问要日积月累。", "不积跬步，无以至千里");
    expect(token).toMatchObject({ kind: "idiom", pinyin: "bù jī kuǐ bù wú yǐ zhì qiān lǐ" });
    expect(token?.gloss).toMatch(/half-steps/);
    expect(tokenOf("这就是授人以鱼不如授人以渔的道理。", "授人以鱼不如授人以渔")?.gloss).toMatch(/teaching them to fish/);
  });
  it("keeps a diplomatic principle whole under its shorter form", () => {
    expect(tokenOf("中方始终坚持不干涉内政原则。", "不干涉内政")).toMatchObject({ kind: "phrase", gloss: "non-interference in internal affairs" });
  });
  it("leaves a clause that is no quotation alone (counter-case)", () => {
    expect(lessonTokens("他每天都走很远的路去上学。").some((t) => t.kind === "idiom")).toBe(false);
  });
});

describe("an entry that only points to its other wording (cedict.ts shortGloss)", () => {
  it("takes the other wording's gloss", () => {
    expect(tokenOf("真是说曹操曹操到！", "说曹操曹操到")?.gloss).toMatch(/speak of the devil/);
    expect(tokenOf("他二话没说就答应了。", "二话没说")?.gloss).not.toMatch(/^see /);
    expect(tokenOf("一年被蛇咬，十年怕井绳。", "一年被蛇咬，十年怕井绳")?.gloss).toMatch(/once bitten/);
  });
  it("does not follow a character to a word it is used in (counter-case)", () => {
    // 牟 "see 牟平": a character's pointer is no other wording of it.
    expect(lessonTokens("牟先生来了。").find((t) => t.text === "牟")?.gloss ?? "").not.toMatch(/Muping/);
  });
});
