import { describe, expect, it } from "vitest";
import { glossOf, readingAt } from "../../support/lesson-tokens";

// Found reading a recipe and a medicine leaflet of our own (eighteenth session). Each positive case
// failed before; the counter-cases pass on both.

const at = (text: string, ch: string) => readingAt(text, text.indexOf(ch));

describe("a recipe and a leaflet: readings", () => {
  it("reads 将 jiāng before a noun and a verb later in the clause (请将药品放在…), as before a verb", () => {
    expect(at("请将药品放在儿童接触不到的地方。", "将")).toBe("jiāng");
    expect(at("有意者请将简历发送至公司邮箱。", "将")).toBe("jiāng");
    expect(at("会议将于明天举行。", "将")).toBe("jiāng");
    expect(at("将军来了。", "将")).toBe("jiāng"); // the word's own reading (将军 jiāngjūn)
  });

  it("reads 削 xiāo before what a knife pares, and leaves stripping a rank to the model", () => {
    expect(at("先把土豆削皮切成丝。", "削")).toBe("xiāo");
    expect(at("他在削铅笔。", "削")).toBe("xiāo");
    expect(at("政府决定削减开支。", "削")).toBe("xuē");
  });

  it("reads 脏 zāng standing alone (又脏又臭, 太脏了), zàng in 心脏 (a children's story of ours)", () => {
    expect(at("河水变得又脏又臭。", "脏")).toBe("zāng");
    expect(at("这里太脏了。", "脏")).toBe("zāng");
    expect(at("他的心脏不好。", "脏")).toBe("zàng");
    expect(glossOf("河水变得又脏又臭。", "脏")).toMatch(/dirty/);
  });

  it("reads 干 gān before food or cloth kept dry, gàn before work", () => {
    expect(at("油热后放入干辣椒和花椒。", "干")).toBe("gān");
    expect(at("用干毛巾擦一擦。", "干")).toBe("gān");
    expect(at("他干农活很累。", "干")).toBe("gàn");
    expect(at("他在地里干活。", "干")).toBe("gàn");
  });
});

describe("a recipe and a leaflet: glosses", () => {
  it("glosses 倒 dào pouring (倒油, 倒入), not CC-CEDICT's first 'to invert'", () => {
    expect(glossOf("锅里倒油。", "倒油")).toBe("倒 to pour · 油 oil");
    expect(glossOf("然后倒入土豆丝。", "倒入")).toBe("to pour + into");
  });

  it("glosses 应 + an adverb 'should + …', 本品 'this · product', 在…指导下 'under'", () => {
    expect(glossOf("如出现过敏反应，应立即停药。", "应立即")).toBe("should + immediately");
    expect(glossOf("本品为处方药。", "本品")).toMatch(/^本 this; our · 品 /);
    expect(glossOf("请在医生指导下使用。", "下")).toMatch(/^under/);
    expect(glossOf("在这种情况下，我们必须行动。", "下")).toMatch(/^under/);
  });

  it("glosses 里 after a one-character noun 'in; inside', not before a name cut apart (格|里|戈里)", () => {
    expect(glossOf("锅里倒油。", "里")).toBe("in; inside (after a noun)");
    expect(glossOf("格里戈里是俄罗斯人。", "里")).not.toBe("in; inside (after a noun)");
  });

  it("glosses 一日 before a count of times 'a day', and a date's 一日 'day 1'", () => {
    expect(glossOf("口服，一次两片，一日三次。", "一日")).toBe("a day; per day");
    expect(glossOf("一日是元旦。", "一日")).toBe("day 1 (of the month)");
  });

  it("glosses 大火 and 小火 at the stove as heat, and a fire that burns a building as a fire", () => {
    expect(glossOf("倒入土豆丝，大火快炒两分钟。", "大火")).toBe("high heat (in cooking)");
    expect(glossOf("转小火炖一个小时。", "小火")).toBe("low heat (in cooking)");
    expect(glossOf("一场大火烧毁了整栋楼。", "大火")).toMatch(/^conflagration/);
  });
});
