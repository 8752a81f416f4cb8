import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// 切 the verb qiē and the adverb qiè (g2p/colloquial-frames.ts cutReading), 攒 zǎn with what is saved
// put first by 把 (g2p/result-frames.ts), 得 before a verb jieba tags a noun (g2p/de-frames.ts).

const first = (text: string, ch: string) => readingAt(text, text.indexOf(ch));

describe("切", () => {
  it.each([["我在厨房切菜。"], ["把西瓜切开。"], ["土豆削皮，切成细丝。"], ["这块肉太硬，切不开。"]])("%s reads qiē, to cut", (text) => {
    expect(first(text, "切")).toBe("qiē");
  });

  it.each([["你切不可大意。"], ["出门在外，切莫轻信陌生人。"], ["一切都好。"], ["两国关系密切。"], ["切实加强管理。"]])("%s reads qiè (the adverb before a prohibition, or a word's reading)", (text) => {
    expect(first(text, "切")).toBe("qiè");
  });
});

describe("攒", () => {
  it.each([["他把钱都攒着，准备明年出国。"], ["她把工资攒下来买房。"], ["我在攒学费。"]])("%s reads zǎn, to save up", (text) => {
    expect(first(text, "攒")).toBe("zǎn");
  });

  it("keeps the model's cuán for a crowd (人头攒动)", () => {
    expect(first("广场上人头攒动。", "攒")).toBe("cuán");
  });
});

describe("得 before a verb jieba tags a noun", () => {
  it.each([["他感动得流泪。"], ["她激动得流泪了。"]])("%s reads de", (text) => {
    expect(first(text, "得")).toBe("de");
  });

  it.each([["深得信任。", "dé"], ["他得了第一名。", "dé"], ["我们得加强合作。", "děi"]])("%s keeps %s", (text, reading) => {
    expect(first(text, "得")).toBe(reading);
  });
});

describe("everyday readings in a shopping sentence", () => {
  const text = "这家饭馆的菜又便宜又好吃，每天都排长队。";

  it("reads 又便宜 pián yi 'cheap'", () => {
    expect(readingAt(text, text.indexOf("便"))).toBe("pián");
  });

  it("reads 都 after 每天 dōu 'all', whatever follows", () => {
    expect(readingAt(text, text.indexOf("都"))).toBe("dōu");
    expect(first("北京是中国的首都。", "都")).toBe("dū");
  });

  it("reads 排长队 pái cháng duì: the verb 排 and 长队 'queue', not 排长 'platoon leader'", () => {
    expect(readingAt(text, text.indexOf("长"))).toBe("cháng");
    expect(first("他是一名排长。", "长")).toBe("zhǎng");
  });
});

describe("a word of several readings inside a token no dictionary has", () => {
  it.each([["中方将坚定维护自身正当权益。"], ["这是正当的要求。"], ["这项活动合法正当。"]])("%s reads 正当 zhèng dàng 'legitimate'", (text) => {
    expect(readingAt(text, text.indexOf("当"))).toBe("dàng");
  });

  it("keeps zhèng dāng 'just when' before a stage of life (他正当年)", () => {
    expect(first("他正当年。", "当")).toBe("dāng");
  });

  it("reads 便宜从事 biàn yí, 'at one's discretion', by its cue inside the token", () => {
    expect(first("授权他便宜从事。", "便")).toBe("biàn");
  });
});
