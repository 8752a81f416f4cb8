import { beforeAll, describe, expect, it } from "vitest";
import { getSegmenter } from "@/lib/text/segment";
import { syllableOf, tokensOf } from "../../support/syllables";

// Readings from the second QA pass (fifth session, `text6`: recipe, weather, school, finance,
// scenery and notice texts of our own, tests/fixtures/qa). Each rule beside counter-cases.

beforeAll(() => void getSegmenter(), 60_000);

describe("a verb before 成 glued to its result (切|成细丝)", () => {
  it("is read as the verb", () => {
    expect(tokensOf("先把土豆削皮，切成细丝。")).toContain("成细丝");
    expect(syllableOf("先把土豆削皮，切成细丝。", "切")).toBe("qiē");
    expect(syllableOf("把肉切成片。", "切")).toBe("qiē");
  });
  it("leaves 切 elsewhere alone (counter-cases)", () => {
    expect(syllableOf("我们要切实做好安全工作。", "切")).toBe("qiè");
    expect(syllableOf("一切都好。", "切")).toBe("qiè");
  });
});

describe("a modal negated by 不 or 没 (不会粘锅)", () => {
  it("puts the next character in a predicate's place", () => {
    expect(syllableOf("这样炒出来不会粘锅。", "粘")).toBe("zhān");
  });
});

describe("a character before a form of address (曾老师)", () => {
  it("takes its surname reading", () => {
    expect(syllableOf("曾老师来了。", "曾")).toBe("zēng");
    expect(syllableOf("单先生说他明天来。", "单")).toBe("shàn");
  });
  it("not an adverb before a verb, nor a verb before its object (counter-cases)", () => {
    expect(syllableOf("他曾经是老师。", "曾")).toBe("céng");
    expect(syllableOf("他曾在这里当老师。", "曾")).toBe("céng");
    expect(syllableOf("我去查老师的作业。", "查")).toBe("chá");
    expect(syllableOf("这是一张单子。", "单")).toBe("dān");
    expect(syllableOf("金琢云先生与黄佩华先生在东交民巷开了一家店。", "华")).toBe("huá");
  });
});

describe("不了 after a verb", () => {
  it("is the potential complement bù liǎo, alone or inside a token", () => {
    expect(syllableOf("我今天走不了。", "了")).toBe("liǎo");
    expect(syllableOf("这个问题他解决不了。", "了")).toBe("liǎo");
  });
  it("stays with the model at a clause start (counter-case)", () => {
    expect(syllableOf("不了，谢谢。", "了")).toBe("le");
    expect(syllableOf("他走了。", "了")).toBe("le");
  });
});

describe("地 after a repeated or paired phrase", () => {
  it("is the particle de, also where jieba glued it to the verb (地走了)", () => {
    expect(syllableOf("奶奶把衣服一件一件地叠起来。", "地")).toBe("de");
    expect(tokensOf("她慢慢地走了。")).toContain("地");
    expect(syllableOf("她慢慢地走了。", "地")).toBe("de");
    expect(syllableOf("他一蹦一跳地走了。", "地")).toBe("de");
  });
  it("stays the noun after a measure word or 把 (counter-cases)", () => {
    expect(syllableOf("这块地种了麦子。", "地")).toBe("dì");
    expect(syllableOf("他把地扫了。", "地")).toBe("dì");
    expect(syllableOf("他在地上走了一圈。", "地")).toBe("dì");
  });
});

describe("a doubled character in a token no dictionary has", () => {
  it("reads as the first (薄薄的 báo báo)", () => {
    expect(syllableOf("她把薄薄的面皮擀好。", "薄", 1)).toBe("báo");
  });
  it("keeps a neutral tone of its own (counter-case: 奶奶家)", () => {
    expect(syllableOf("奶奶家很远。", "奶", 1)).toBe("nai");
  });
});
