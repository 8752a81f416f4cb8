import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens, readingAt, readingOf } from "../../support/lesson-tokens";

// Everyday polyphones decided by the words around them (lib/text/g2p/everyday-frames.ts and the
// potential complement in frames.ts), each beside the sentences where the other reading is right.

const at = (text: string, char: string, nth = 0) => {
  let index = -1;
  for (let k = 0; k <= nth; k++) index = text.indexOf(char, index + 1);
  return readingAt(text, index);
};

describe("空 after 有/没有: free time", () => {
  it.each([
    ["我今天没有空。"],
    ["你有没有空？"],
    ["周末你有空吗？"],
    ["我没有空去看电影。"],
  ])("%s reads kòng", (text) => {
    expect(at(text, "空")).toBe("kòng");
  });

  it("glosses it as free time, not CC-CEDICT's first sense 'to empty'", () => {
    expect(glossOf("我今天没有空。", "空")).toBe("free time; leisure");
  });

  it.each([
    ["车上没有空的座位了。"],
    ["天空很蓝。"],
    ["这个盒子是空的。"],
  ])("%s keeps kōng (empty, sky)", (text) => {
    expect(at(text, "空")).toBe("kōng");
  });
});

describe("V得了 in a question on an object: the potential complement", () => {
  it.each([
    ["他过得了这一关吗？", "过"],
    ["你吃得了这么多吗？", "吃"],
    ["这么重的箱子，你搬得了吗？", "搬"],
  ])("%s reads de liǎo", (text) => {
    expect(at(text, "得")).toBe("de");
    expect(at(text, "了")).toBe("liǎo");
  });

  it.each([
    ["他得了冠军吗？"],
    ["她在比赛中得了第一名。"],
    ["他去年得了一场大病。"],
  ])("%s keeps dé le (to get)", (text) => {
    expect(at(text, "得")).toBe("dé");
    expect(at(text, "了")).toBe("le");
  });
});

describe("朝 paired with an evening in a four-character idiom", () => {
  it("reads zhāo in 朝九晚五, which no dictionary has", () => {
    expect(readingOf("他每天朝九晚五地上班。", "朝九晚五")).toBe("zhāo jiǔ wǎn wǔ");
  });

  it.each([
    ["朝鲜半岛局势缓和。", "朝鲜半岛", "cháo xiǎn bàn dǎo"],
    ["王朝晚期战乱不断。", "王朝", "wáng cháo"],
    ["大门朝着河。", "朝着", "cháo zhe"],
  ])("%s keeps cháo", (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

describe("该行 opening a clause: the bank", () => {
  it.each([["该行表示将继续支持实体经济。"], ["该行行长当天出席了会议。"]])("%s reads gāi háng", (text) => {
    expect(readingOf(text, "该行")).toBe("gāi háng");
  });

  it("keeps xíng as a predicate, 'should be all right'", () => {
    expect(readingOf("这样该行了吧。", "该行")).toBe("gāi xíng");
  });
});

describe("a determiner and a character used only in compounds", () => {
  it("glosses the character's bound form (该校 'this school'), and keeps a free noun's own senses", () => {
    expect(glossOf("该校学生很多。", "该校")).toBe("this (aforementioned) + school");
    expect(glossOf("该国政府表示欢迎。", "该国")).toBe("this (aforementioned) + country");
  });
});

describe("还 before a person and what is owed: huán, to give back", () => {
  it.each([
    ["我还没还你钱。", 1],
    ["你什么时候还我？", 0],
    ["还你一个公道。", 0],
    ["他还没有还钱。", 1],
    ["我要还贷款。", 0],
  ])("%s: 还 #%i reads huán", (text, nth) => {
    expect(at(text, "还", nth)).toBe("huán");
  });

  it.each([
    ["我还没还你钱。", 0],
    ["这里还我最熟。", 0],
    ["他还没有来。", 0],
    ["他还是去了。", 0],
    ["他还没有还钱。", 0],
    ["他不还是老样子吗？", 0],
  ])("%s: 还 #%i keeps hái (the adverb)", (text, nth) => {
    expect(at(text, "还", nth)).toMatch(/^hái/);
  });

  it("reads traditional input the same (他還沒有還錢: hái, then huán)", () => {
    expect(at("他還沒有還錢。", "還", 0)).toBe("hái");
    expect(at("他還沒有還錢。", "還", 1)).toBe("huán");
  });
});

describe("spoken readings of 剥 and 血 standing alone", () => {
  it.each([
    ["他剥了一个橘子。", "剥", "bāo"],
    ["把蒜剥好备用。", "剥", "bāo"],
    ["流了一点血。", "血", "xiě"],
    ["他吐了一口血。", "血", "xiě"],
    ["一滴血也没有。", "血", "xiě"],
  ])("%s: %s reads %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });

  it.each([
    ["资本家剥削工人。", "剥", "bō"],
    ["他被剥夺了权利。", "剥", "bō"],
    ["血液循环。", "血", "xuè"],
    ["这是血与火的考验。", "血", "xuè"],
  ])("%s: %s keeps %s (compounds and written phrases)", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });
});

describe("圈 after a farm animal, 冲着 + a person", () => {
  it.each([
    ["牛圈里关着三头牛。", "圈", "juàn"],
    ["他们在那边冲着我笑。", "冲", "chòng"],
  ])("%s: %s reads %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });

  it.each([
    ["娱乐圈里的人。", "圈", "quān"],
    ["他跑了一圈。", "圈", "quān"],
    ["他冲着澡唱歌。", "冲", "chōng"],
  ])("%s: %s keeps %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });
});

describe("率 leading: shuài; closing a word: the rate lǜ", () => {
  it.each([["外交部长率团访问。"], ["部长率团出访。"], ["国务委员率中国代表团出席会议。"], ["曹彬率军渡江。"]])("%s reads shuài", (text) => {
    expect(at(text, "率")).toBe("shuài");
  });

  it.each([["经济增长率为百分之五。"], ["他的效率很高。"], ["汇率保持稳定。"]])("%s keeps lǜ", (text) => {
    expect(at(text, "率")).toBe("lǜ");
  });
});

describe("着 completing a verb of reaching: zháo", () => {
  it.each([["我好久没见着他了。"], ["我没见着他。"], ["钥匙一直没找着。"]])("%s reads zháo", (text) => {
    expect(at(text, "着")).toBe("zháo");
  });

  it.each([["他穿着一件红衣服。"], ["他见着人就笑。"], ["门开着。"]])("%s keeps zhe", (text) => {
    expect(at(text, "着")).toBe("zhe");
  });
});

describe("issue 13's named readings, in whole lessons (each also has its own frame test)", () => {
  it.each([
    ["应美方请求，双方举行了会谈。", "应", 0, "yìng"],
    ["孩子们在雪地里玩。", "地", 0, "dì"],
    ["他坦率地说出了自己的看法。", "地", 0, "de"],
    ["金中都遗址位于北京。", "都", 0, "dū"],
    ["元朝在这里建立了中都。", "都", 0, "dū"],
  ])("%s: %s #%i reads %s", (text, char, nth, reading) => {
    expect(at(text, char, nth)).toBe(reading);
  });
});

describe("重 again before a one-character verb: chóng", () => {
  it.each([["我们重来一遍。"], ["请重写一份。"], ["他把作业重做了一遍。"]])("%s reads chóng", (text) => {
    expect(at(text, "重")).toBe("chóng");
  });

  it.each([["这个箱子很重。"], ["他受了重伤。"], ["重在参与。"], ["这很重要。"]])("%s keeps zhòng", (text) => {
    expect(at(text, "重")).toBe("zhòng");
  });

  // Before a weight: "to weigh" (the model read 重三公斤 chóng).
  it.each([["这条鱼重三公斤。"], ["这块石头重约五十公斤。"], ["这只箱子重2.5公斤。"], ["这个包重五公斤。"]])("%s reads zhòng", (text) => {
    expect(at(text, "重")).toBe("zhòng");
  });

  it.each([["我们重来三遍。"], ["请重写两份。"]])("%s: before a verb and a count, still chóng", (text) => {
    expect(at(text, "重")).toBe("chóng");
  });
});

describe("吧 closing a clause: the particle ba, and a bar jieba glued to it cut off", () => {
  it.each([["我们一起去看电影吧。", "电影"], ["我们喝咖啡吧。", "咖啡"]])("%s: %s and 吧 are two tokens, 吧 read ba", (text, word) => {
    expect(lessonTokens(text).map((t) => t.text)).toContain(word);
    expect(at(text, "吧")).toBe("ba");
  });

  it.each([["中午十一点吧，人来了就好。"], ["你是学生吧？"]])("%s reads ba", (text) => {
    expect(at(text, "吧")).toBe("ba");
  });

  it.each([["我们去咖啡吧。", "咖啡吧"], ["他开了一家咖啡吧。", "咖啡吧"], ["你去网吧。", "网吧"]])("%s keeps the bar %s whole, read bā", (text, word) => {
    expect(lessonTokens(text).map((t) => t.text)).toContain(word);
    expect(at(text, "吧")).toBe("bā");
  });
});

describe("转 spinning and 吐 vomiting, with nothing after them", () => {
  it.each([
    ["风车在山顶上不停地转着。", "转", "zhuàn"],
    ["地球绕着太阳转。", "转", "zhuàn"],
    ["他转了三圈。", "转", "zhuàn"],
    ["他喝多了，一直在吐。", "吐", "tù"],
  ])("%s: %s reads %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });

  it.each([
    ["他转着头看。", "转", "zhuǎn"],
    ["他吐了口水。", "吐", "tǔ"],
    ["把骨头吐了。", "吐", "tǔ"],
    ["他吐出一口气。", "吐", "tǔ"],
  ])("%s: %s keeps %s (turning towards; spitting something out)", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });
});

describe("处以 + a penalty: chǔ, to sentence", () => {
  it.each([["他被处以罚款。"], ["他被处以死刑。"]])("%s reads chǔ", (text) => {
    expect(at(text, "处")).toBe("chǔ");
  });

  it.each([["此处以北是山区。"], ["他是我们的处长。"]])("%s keeps chù (a place, an office)", (text) => {
    expect(at(text, "处")).toBe("chù");
  });
});
