import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// lib/text/g2p/stay-frames.ts: 待 dāi, 好 hào, 干 gān in a toast, each beside its counter-cases.
const at = (text: string, char: string) => readingAt(text, text.indexOf(char));

describe("待 'to stay': dāi", () => {
  it.each([["你先在这儿待一会儿，我马上回来。"], ["他一个人待在家里。"], ["我在北京待了三天。"], ["你在这儿待着。"], ["他在那儿待了两个星期。"], ["我想在上海待半年。"]])("%s", (text) => {
    expect(at(text, "待")).toBe("dāi");
  });

  it.each([["待他走后，我们再商量。"], ["待到山花烂漫时。"], ["他待人很热情。"], ["我们热情接待了客人。"], ["这个问题有待研究。"]])("%s keeps dài", (text) => {
    expect(at(text, "待")).toBe("dài");
  });
});

describe("好 'to be fond of' before a habit: hào", () => {
  it.each([["他好喝酒，每天都喝。"], ["这个人好面子。"], ["我爸爸好抽烟。"]])("%s", (text) => {
    expect(at(text, "好")).toBe("hào");
  });

  it.each([["他好开心。"], ["他好喜欢喝酒。"], ["好，我们喝酒吧。"], ["今天天气好。"]])("%s keeps hǎo", (text) => {
    expect(at(text, "好")).toBe("hǎo");
  });
});

describe("干 emptying a glass: gān", () => {
  it.each([["来，我们干了这一杯！"], ["干了这杯酒！"], ["我们干一杯吧。"]])("%s", (text) => {
    expect(at(text, "干")).toBe("gān");
  });

  it.each([["他干了一天活。"], ["你干了什么？"], ["这件事是他干的。"], ["这是谁干的？"]])("%s keeps gàn", (text) => {
    expect(at(text, "干")).toBe("gàn");
  });

  it.each([["衣服已经是干的了。"], ["这些衣服是干的。"]])("%s: dry, gān", (text) => {
    expect(at(text, "干")).toBe("gān");
  });
});

describe("干 after a modal and a manner word: gàn, how to act", () => {
  it.each([["他们得这么干。"], ["你不能那样干。"], ["我们应该怎么干？"]])("%s", (text) => {
    expect(at(text, "干")).toBe("gàn");
  });

  it.each([["天气这么干。"], ["这里的空气太干了。"]])("%s keeps gān, dry", (text) => {
    expect(at(text, "干")).toBe("gān");
  });
});
