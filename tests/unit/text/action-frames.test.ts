import { describe, expect, it } from "vitest";
import { readingAt, tokenOf } from "../../support/lesson-tokens";
import { pinyinForTokens } from "@/lib/text/pinyin";

// Readings found on a new batch of our own sentences (sixteenth session), measured before any rule
// was written for them (`npm run bench:pinyin -- --own FILE`). Each rule's positive cases fail on
// the code before it; the counter-cases pass on both.

const at = (text: string, ch: string, from = 0) => readingAt(text, text.indexOf(ch, from));

describe("verbs read by the word beside them (g2p/action-frames.ts)", () => {
  it.each([
    ["她买彩票中了五百万。", "zhòng"],
    ["这一句话戳中了他的软肋。", "zhòng"],
    ["在会议中了解到很多情况。", "zhōng"],
    ["会议中，双方交换了意见。", "zhōng"],
  ])("%s reads 中 %s", (text, reading) => {
    expect(at(text, "中")).toBe(reading);
  });

  it.each([
    ["大家都在奔着同一个目标努力。", "bèn"],
    ["他们奔着钱去的。", "bèn"],
    ["他一路奔跑，终于赶上了车。", "bēn"],
  ])("%s reads 奔 %s", (text, reading) => {
    expect(at(text, "奔")).toBe(reading);
  });

  it.each([
    ["他已经尽了最大努力。", "jìn"],
    ["请大家尽快交作业。", "jǐn"],
    ["尽管下着雨，比赛照常进行。", "jǐn"],
  ])("%s reads 尽 %s", (text, reading) => {
    expect(at(text, "尽")).toBe(reading);
  });

  it.each([
    ["她坐在门口扇扇子。", "shān"],
    ["她扇了他一耳光。", "shān"],
    ["他推开了一扇门。", "shàn"],
    ["城楼正面36扇门窗。", "shàn"],
    ["有的桨扇发动机采用双层桨结构。", "shàn"],
  ])("%s reads the first 扇 %s", (text, reading) => {
    expect(at(text, "扇")).toBe(reading);
  });

  it.each([
    ["现在差五分八点。", "chà"],
    ["还差两分钟就到了。", "chà"],
    ["还差3个人。", "chà"],
    ["两数之差为五。", "chā"],
  ])("%s reads 差 %s", (text, reading) => {
    expect(at(text, "差")).toBe(reading);
  });

  it.each([
    ["她今年长高了不少。", "zhǎng"],
    ["这孩子长胖了。", "zhǎng"],
    ["这条河全长六百多公里。", "cháng"],
    ["她的头发很长。", "cháng"],
  ])("%s reads 长 %s", (text, reading) => {
    expect(at(text, "长")).toBe(reading);
  });
});

describe("得 and 大夫 in new places", () => {
  it.each([
    ["这件事得由你来决定。", "děi"],
    ["这种病得早点治。", "děi"],
    ["钱得在月底前还清。", "děi"],
    ["这件事得了奖。", "dé"],
    ["他跑得比我快。", "de"],
  ])("%s reads 得 %s", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });

  it.each([
    ["他从小就好学。", "hào xué"],
    ["他从小就很好学。", "hào xué"],
    ["汉语好学吗？", "hǎo xué"],
  ])("%s reads 好学 %s", (text, reading) => {
    expect(tokenOf(text, "好学")?.pinyin).toBe(reading);
  });

  it.each([
    ["这个问题得从长计议。", "děi"],
    ["这项工作得抓紧。", "děi"],
    ["这个人得感冒了。", "dé"],
    ["这次比赛得了第一。", "dé"],
  ])("%s reads 得 %s (a longer noun after a determiner is the subject)", (text, reading) => {
    expect(at(text, "得")).toBe(reading);
  });

  it("reads 大夫 after 看看 as the doctor (dài fu), and the imperial official stays dà fū", () => {
    expect(tokenOf("你去看看大夫吧。", "大夫")?.pinyin).toBe("dài fu");
    expect(tokenOf("他是齐国的士大夫。", "士大夫")?.pinyin ?? tokenOf("他是齐国的士大夫。", "大夫")?.pinyin).toMatch(/dà fū/);
  });

  it("reads a glossary couplet kept whole with its comma as the glossary does (山重水复 chóng)", () => {
    const couplet = "山重水复疑无路，柳暗花明又一村";
    expect(pinyinForTokens(`${couplet}。`, [couplet, "。"])[0]).toBe("shān chóng shuǐ fù yí wú lù liǔ àn huā míng yòu yī cūn");
  });
});

describe("second batch: stuck, swallowed, tied, sprinkled, getting along, treated as", () => {
  it.each([
    ["鱼刺卡在喉咙里了。", "卡", "qiǎ"],
    ["请出示您的银行卡。", "卡", "kǎ"],
    ["他把药一口咽了下去。", "咽", "yàn"],
    ["口干咽燥。", "咽", "yān"],
    ["出门前他蹲下来系鞋带。", "系", "jì"],
    ["请系好安全带。", "系", "jì"],
    ["这是一个复杂的系统。", "系", "xì"],
    ["他往汤里撒了一把盐。", "撒", "sǎ"],
    ["骨灰撒在家乡的一个湖中。", "撒", "sǎ"],
    ["他又撒了个谎。", "撒", "sā"],
    ["孩子在妈妈面前撒娇。", "撒", "sā"],
    ["986年，萨穆伊尔入侵帖撒利亚。", "撒", "sā"],
    ["两人处得很好。", "处", "chǔ"],
    ["此处得天独厚。", "处", "chù"],
    ["他把这些旧衣服都当垃圾扔了。", "当", "dàng"],
    ["你要把我当吴王吗？", "当", "dàng"],
    ["村里很多人家都想把女儿嫁到他家来当媳妇。", "当", "dāng"],
  ])("%s reads %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });

  it("reads 不了 inside a token jieba keeps whole after a verb as the complement (真受不了 liǎo); 不了 alone stays le", () => {
    expect(tokenOf("天这么热，我真受不了。", "真受不了")?.pinyin).toBe("zhēn shòu bù liǎo");
    expect(tokenOf("不了，谢谢。", "不了")?.pinyin).toBe("bù le");
  });
});

describe("fourth batch: 数到, 不难, a refusal's 干, 还没", () => {
  it.each([
    ["数到三，大家一起跑。", "数", "shǔ"],
    ["这个数很大。", "数", "shù"],
    ["这种事我可不干。", "干", "gàn"],
    ["衣服还没干。", "干", "gān"],
    ["学好一门外语并不难。", "难", "nán"],
    ["面还没和", "没", "méi"],
    ["他也没说。", "没", "méi"],
    ["水还没过膝盖。", "没", "mò"],
  ])("%s reads %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });
});

describe("率 closing a token jieba glued is the rate", () => {
  it("reads 通货膨胀率 before a word jieba tags a noun (有所) lǜ; 率团 stays shuài", () => {
    expect(tokenOf("今年的通货膨胀率有所上升。", "通货膨胀率")?.pinyin).toBe("tōng huò péng zhàng lǜ");
    expect(at("外长率团访问。", "率")).toBe("shuài");
  });
});
