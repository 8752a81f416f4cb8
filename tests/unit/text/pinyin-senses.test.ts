import { beforeAll, describe, expect, it } from "vitest";
import { dictTag, getSegmenter, segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { senseGloss, senseReading, senseReadingsOf, wordsWithSenses } from "@/lib/text/g2p/word-senses";
import { wordReadings } from "@/lib/text/g2p/word-readings";
import { lessonTokens } from "../../support/lesson-tokens";

// Multi-reading words decided by the sense their context shows (lib/text/g2p/word-senses.ts), on
// sentences of our own cut by the app's real segmenter. Each reading is tested against sentences
// that need the other one, so a cue that fires everywhere fails here.

/** Reading of the token `word` in the sentence (the first such token). */
function readingOf(sentence: string, word: string): string | null {
  const tokens = segmentSentence(sentence).map((t) => t.text);
  const i = tokens.indexOf(word);
  if (i < 0) throw new Error(`${word} is not a token of ${tokens.join("|")}`);
  return pinyinForTokens(sentence, tokens)[i];
}

describe("multi-reading words read by their sense in context", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  it.each([
    // 孙子: a grandson after 的 or before his name; Sun Tzu with his book and sayings (qa7 P8).
    ["他的孙子今年上大学了。", "孙子", "sūn zi"],
    ["皇位传给了孙子朱允炆。", "孙子", "sūn zi"],
    ["孙子曰：知己知彼，百战不殆。", "孙子", "sūn zǐ"],
    // 精神: lively before 好 (a child's state); the spirit of a people or a meeting.
    ["如果孩子精神好、还愿意玩，就不用太担心。", "精神", "jīng shen"],
    ["我们要弘扬伟大的民族精神。", "精神", "jīng shén"],
    ["会议精神要认真贯彻。", "精神", "jīng shén"],
    // 明朝: the Ming dynasty with eras, years, its emperors, 在/的; tomorrow morning before a subject.
    ["明朝建立于1368年。", "明朝", "míng cháo"],
    ["明朝的皇帝住在紫禁城。", "明朝", "míng cháo"],
    ["在明朝，瓷器远销海外。", "明朝", "míng cháo"],
    ["明朝我就要出发了。", "明朝", "míng zhāo"],
    ["明朝他就回来了。", "明朝", "míng zhāo"],
    // 大夫: a doctor with illness, hospitals, medicine, a surname; the official with antiquity, courts.
    ["他生病了，去医院看大夫。", "大夫", "dài fu"],
    ["大夫给我开了一些药。", "大夫", "dài fu"],
    ["他在古代是一位大夫。", "大夫", "dà fū"],
    ["春秋时期，大夫的地位仅次于诸侯。", "大夫", "dà fū"],
    // 片子: a film counted by 部 or shown, an X-ray a doctor reads; a flake of iron or glass.
    ["这部片子很好看。", "片子", "piān zi"],
    ["导演拍了一部新片子。", "片子", "piān zi"],
    ["医生看了看他的片子。", "片子", "piān zi"],
    ["地上有一些铁片子。", "片子", "piàn zi"],
    ["玻璃碎成了小片子。", "片子", "piàn zi"],
    // 便宜: cheap after a degree word, with prices and shopping; the literary "expedient" with 行事/之计.
    ["这件衣服很便宜。", "便宜", "pián yi"],
    ["超市里的水果比市场便宜。", "便宜", "pián yi"],
    ["这不过是便宜之计。", "便宜", "biàn yí"],
    // 地道: authentic after a degree word or of food and speech; a tunnel dug, counted, entered.
    ["这是地道的北京菜。", "地道", "dì dao"],
    ["他说一口地道的普通话。", "地道", "dì dao"],
    ["这家店的菜很地道。", "地道", "dì dao"],
    ["战士们挖了一条地道。", "地道", "dì dào"],
    ["地道的入口很隐蔽。", "地道", "dì dào"],
    // 下调: lowered (rates, prices, by a number); transferred down (a person to a lower unit).
    ["央行决定下调存款利率。", "下调", "xià tiáo"],
    ["油价下调了0.2元。", "下调", "xià tiáo"],
    ["利率下调到3%。", "下调", "xià tiáo"],
    // A compound jieba keeps whole that ends in a cue word (存款准备金率 ends in 准备金率).
    ["央行宣布下调存款准备金率。", "下调", "xià tiáo"],
    ["他被下调到基层工作。", "下调", "xià diào"],
    ["他从总部下调到基层工作。", "下调", "xià diào"],
    ["公司把他下调到分公司。", "下调", "xià diào"],
    // 大夫 with the doctor's skill or ethics (医术, 医德) beside it.
    ["这位大夫医术很好。", "大夫", "dài fu"],
    ["古代的大夫地位很高。", "大夫", "dà fū"],
    // 倒车: reversing (a parking space, mirrors, a garage) against changing trains (stations, lines).
    ["他在停车场慢慢倒车。", "倒车", "dào chē"],
    ["倒车的时候要看后视镜。", "倒车", "dào chē"],
    ["倒车入库是驾照考试的一项。", "倒车", "dào chē"],
    ["去火车站要在市中心倒车。", "倒车", "dǎo chē"],
    ["坐地铁二号线，中途在人民广场站倒车。", "倒车", "dǎo chē"],
    // 好学: studious (a person, diligent, marks) against easy to learn (a language or a skill).
    ["她从小好学，读了很多书。", "好学", "hào xué"],
    ["这个学生聪明好学。", "好学", "hào xué"],
    ["汉语好学吗？", "好学", "hǎo xué"],
    ["英语好学吗？", "好学", "hǎo xué"],
    // 不了: the complement after a verb; a polite refusal on its own.
    ["我吃不了这么多。", "不了", "bù liǎo"],
    ["谢谢，不了。", "不了", "bù le"],
    // Words with one reading keep it whatever the context: 将军 (Xiandai Hanyu Cidian and
    // CC-CEDICT: jiāngjūn for the general too), 行长, 调查.
    ["这位将军指挥过很多战役。", "将军", "jiāng jūn"],
    ["象棋里他将军了。", "将军", "jiāng jūn"],
    ["他是工商银行的行长。", "行长", "háng zhǎng"],
    ["他们开展了一次调查。", "调查", "diào chá"],
  ])("%s: %s is %s", (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });

  it("answers only when one reading has strictly more cues, and only with a dictionary reading or one with a gloss of its own", () => {
    const readings = wordReadings("大夫")!.readings;
    const tag = (w: string) => dictTag(w);
    // 医院 (doctor) against 古代 (official): a tie, so the model decides.
    expect(senseReading(["古代", "医院", "里", "的", "大夫"], 4, tag, readings)).toBeNull();
    expect(senseReading(["医院", "里", "的", "大夫"], 3, tag, readings)?.join(" ")).toBe("dài fu");
    expect(senseReading(["大夫"], 0, tag, readings)).toBeNull();
    for (const word of wordsWithSenses()) {
      const known = wordReadings(word)!.readings.map((r) => r.join(" "));
      const own = senseReadingsOf(word).filter((r) => !known.includes(r));
      // A word of one dictionary reading has cues only to choose another, which then has its gloss.
      expect(known.length > 1 || own.length > 0, word).toBe(true);
      for (const r of own) expect(senseGloss(word, r), `${word} ${r}`).toBeTruthy();
    }
  });
});

describe("single characters read by frame or by the word they form with a neighbour", () => {
  beforeAll(() => void getSegmenter(), 60_000);

  /** Reading of the one-character token `char` in a sentence given as tokens joined by "|". */
  function charIn(tokenized: string, char: string): string | null {
    const tokens = tokenized.split("|");
    return pinyinForTokens(tokens.join(""), tokens)[tokens.indexOf(char)];
  }

  it.each([
    // 和 + 面 closing the clause forms 和面 huó miàn; 和 between two nouns is hé.
    ["她|在|厨房|和|面|。", "和", "huó"],
    ["猫|和|狗|。", "和", "hé"],
    ["我|和|你|。", "和", "hé"],
    // 钉 before a noun is the verb dìng; after a measure word, the noun dīng.
    ["工人|在|墙上|钉|钉子|。", "钉", "dìng"],
    ["她|在|衣服|上|钉|扣子|。", "钉", "dìng"],
    ["他|买|了|一|颗|钉|。", "钉", "dīng"],
    // 干 closing a clause after a verb or adverb is gàn; after a degree word, gān.
    ["撸|起|袖子|加油|干|。", "干", "gàn"],
    ["我们|接着|干|。", "干", "gàn"],
    ["空气|太|干|。", "干", "gān"],
    ["这里|的|天气|很|干|。", "干", "gān"],
  ])("%s: %s is %s", (tokenized, char, expected) => {
    expect(charIn(tokenized, char)).toBe(expected);
  });

  it.each([
    // 干 closing its clause (with or without 了) after a thing that dries is gān ("dry"), past the
    // adverbs in between; with a person, an object or a duration it stays the verb gàn.
    ["衣服干了。", "gān"],
    ["阳台上的衣服都干了。", "gān"],
    ["地上的水已经干了。", "gān"],
    ["墙上的油漆还没干。", "gān"],
    ["晾了一夜，毛巾终于干了。", "gān"],
    // Emptying a glass is the toast gān (干杯; 现代汉语词典: 干 gān "to drain a glass"), not gàn "to do".
    ["我们干了一杯。", "gān"],
    ["老朋友见面，先干了这杯酒。", "gān"],
    ["他在那里干了三年。", "gàn"],
    ["这活儿我干了。", "gàn"],
    ["你昨天干了什么？", "gàn"],
    ["大家一起加油干！", "gàn"],
    ["衣服我来洗，活儿你来干。", "gàn"],
  ])("%s: 干 is %s (cut by the real segmenter)", (sentence, expected) => {
    const tokens = segmentSentence(sentence).map((t) => t.text);
    expect(tokens).toContain("干");
    expect(pinyinForTokens(sentence, tokens)[tokens.indexOf("干")]).toBe(expected);
  });

  it.each([
    // The same frames inside a token no dictionary has (钉钉子 = 钉 + 钉子), but not inside a
    // two-character compound (钉痕 "nail mark").
    ["工人在墙上钉钉子。", "钉钉子", "dìng dīng zi"],
    ["撸起袖子加油干。", "撸起袖子加油干", "lū qǐ xiù zi jiā yóu gàn"],
    ["石板底部有钉痕。", "钉痕", "dīng hén"],
  ])("%s: %s is %s", (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });
});

describe("故事 and 告诉: the everyday word, not the literary or legal twin", () => {
  it.each([
    ["他讲了一个故事。", "故事", "gù shi"],
    ["故事背景设定在九十年代。", "故事", "gù shi"],
    ["他告诉我们一个好消息。", "告诉", "gào su"],
    ["请告诉我。", "告诉", "gào su"],
  ])("%s: %s reads %s", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it("keeps gào sù for pressing charges in law (告诉的才处理)", () => {
    expect(readingOf("本罪告诉的才处理，受害人向法院告诉。", "告诉")).toBe("gào sù");
  });

  it("reads the glossary's 讲好中国故事 gù shi", () => {
    expect(readingOf("我们要讲好中国故事。", "讲好中国故事")).toBe("jiǎng hǎo zhōng guó gù shi");
  });
});

describe("more multi-reading words decided by their cues", () => {
  it.each([
    ["这个多少钱？", "多少", "duō shao"],
    ["有多少人参加？", "多少", "duō shao"],
    ["元大都遗址。", "元大都", "yuán dà dū"],
    ["春天来了，到处生意盎然。", "生意盎然", "shēng yì àng rán"],
    ["门前有一片空地。", "空地", "kòng dì"],
    ["他被弹片击中受伤。", "弹片", "dàn piàn"],
    ["我琢磨了一下。", "琢磨", "zuó mo"],
    ["玉石需要琢磨。", "琢磨", "zhuó mó"],
  ])("%s: %s reads %s", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it("reads 大都 before a predicate dà dōu, 'for the most part'", () => {
    const tokens = ["他们", "大都", "是", "学生", "。"];
    expect(senseReading(tokens, 1, dictTag, wordReadings("大都")!.readings)?.join(" ")).toBe("dà dōu");
  });
});

describe("a reading the dictionary lacks, chosen by cues with a gloss of its own", () => {
  it.each([
    ["他在这一行干了二十年。", "一行", "yī háng", /^a line \(of work or text\)/],
    ["今年树上结了很多果子。", "结了", "jiē le", /^bore \(fruit\)/],
    ["他正找着钥匙。", "找着", "zhǎo zhe", /^looking for/],
  ])("%s: %s reads %s", (text, word, reading, gloss) => {
    const token = lessonTokens(text).find((t) => t.text === word);
    expect(token?.pinyin).toBe(reading);
    expect(token?.gloss).toMatch(gloss);
  });

  it.each([
    ["代表团一行十人抵达北京。", "一行", "yī xíng"],
    ["王毅一行访问了埃及。", "一行", "yī xíng"],
    ["钥匙找着了。", "找着", "zhǎo zháo"],
  ])("%s: %s keeps its dictionary reading %s", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

describe("分量: weight, or a vector's component", () => {
  it.each([
    ["他的发言很有分量。", "分量", "fèn liang"],
    ["求向量的分量。", "分量", "fēn liàng"],
  ])("%s: %s reads %s", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
