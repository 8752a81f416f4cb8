import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// Verbs read by their object or complement (lib/text/g2p/object-frames.ts and the 背着 senses in
// word-senses.ts), each beside sentences where the other reading is right.

const at = (text: string, char: string) => readingAt(text, text.indexOf(char));

describe("背: bèi with a text to learn, bēi with a load", () => {
  it.each([
    ["他把课文背下来了。", "bèi"],
    ["这首诗我背熟了。", "bèi"],
    ["他每天背单词。", "bèi"],
    ["妈妈背起孩子就走。", "bēi"],
    ["他把孩子背下山。", "bēi"],
    ["他背着书包上学。", "bēi"],
    ["他背着一个大包。", "bēi"],
  ])("%s reads %s", (text, reading) => {
    expect(at(text, "背")).toBe(reading);
  });

  it.each([
    ["他的背很疼。", "bèi"],
    ["他背着父母偷偷去了网吧。", "bèi"],
    ["他背着手走来走去。", "bèi"],
    ["站在他背后的人。", "bèi"],
    ["他替别人背黑锅。", "bēi"],
  ])("%s keeps %s (the back, behind someone's back, words of their own)", (text, reading) => {
    expect(at(text, "背")).toBe(reading);
  });
});

describe("调: tiáo adjusting, diào moving", () => {
  it.each([
    ["请把音量调一下。"],
    ["把空调调高一点。"],
    ["把声音调小。"],
    ["把手机调成静音。"],
    ["把温度调到二十五度。"],
    ["把温度调到26度。"],
  ])("%s reads tiáo", (text) => {
    // The verb is the last 调 (空调 "air conditioner" comes before it).
    expect(readingAt(text, text.lastIndexOf("调"))).toBe("tiáo");
  });

  it.each([
    ["她被调到北京工作。"],
    ["组织上把他调走了。"],
    ["他被调到2号线。"],
    ["他被调往上海。"],
    ["警方正在调查此事。"],
  ])("%s keeps diào (a transfer, an inquiry)", (text) => {
    expect(at(text, "调")).toBe("diào");
  });
});

describe("扎: zā tying, zhā pricking", () => {
  it.each([
    ["她把头发扎成马尾。"],
    ["她扎起头发。"],
    ["小女孩扎着两条辫子。"],
  ])("%s reads zā", (text) => {
    expect(at(text, "扎")).toBe("zā");
  });

  it.each([
    ["护士给他扎针。"],
    ["他们在野外扎帐篷。"],
    ["驻扎在这里的部队。"],
  ])("%s keeps zhā", (text) => {
    expect(at(text, "扎")).toBe("zhā");
  });
});

describe("没过 + a height: mò, to come up over", () => {
  it.each([
    ["河水没过膝盖。"],
    ["雪没过脚踝。"],
    ["大水没过了屋顶。"],
  ])("%s reads mò", (text) => {
    expect(at(text, "没")).toBe("mò");
  });

  it.each([
    ["没过多久，他来了。"],
    ["他从来没过过生日。"],
    ["我还没过去。"],
  ])("%s keeps méi", (text) => {
    expect(at(text, "没")).toBe("méi");
  });
});

describe("背 with a place it is taken to: bēi, whatever the object", () => {
  it.each([["他把课本背到学校去了。"], ["他把诗集背回家。"], ["把单词本背在身上。"]])("%s reads bēi", (text) => {
    expect(at(text, "背")).toBe("bēi");
  });
});

describe("落 là, to leave or lag behind; 结 jiē, to bear fruit", () => {
  it.each([
    ["我把钥匙落在家里了。", "落", "là"],
    ["他走得慢，总是落在别人后面。", "落", "là"],
    ["他落在了最后。", "落", "là"],
    ["葡萄藤上结着一串串葡萄。", "结", "jiē"],
  ])("%s: %s reads %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });

  it.each([
    ["树叶落在地上。", "落", "luò"],
    ["他把目光落在她身上。", "落", "luò"],
    ["把重点落在发展上。", "落", "luò"],
    ["他的把柄落在别人手里。", "落", "luò"],
    ["湖面结了冰。", "结", "jié"],
    ["他们结婚了。", "结", "jié"],
  ])("%s: %s keeps %s", (text, char, reading) => {
    expect(at(text, char)).toBe(reading);
  });
});

describe("教 jiāo before what it teaches", () => {
  it.each([["我的工作是教汉语。"], ["他在中学教音乐。"], ["他教西班牙语。"]])("%s reads jiāo", (text) => {
    expect(at(text, "教")).toBe("jiāo");
  });

  it.each([["他信什么教？"], ["这是一座天主教堂。"], ["宗教自由。"]])("%s keeps jiào (religion)", (text) => {
    expect(at(text, "教")).toBe("jiào");
  });
});

describe("种 zhòng, to plant; zhǒng, a kind", () => {
  it.each([["两亩地都种了麦子。"], ["把种子种在土里。"], ["他种的菜很好吃。"], ["种了三年树。"]])("%s: the verb reads zhòng", (text) => {
    expect(readingAt(text, text.lastIndexOf("种"))).toBe("zhòng");
  });

  it.each([["三种花都很好看。"], ["这种树很高。"], ["哪种好？"], ["这种鱼与其他种类似。"], ["本种总是具有这种细胞。"]])("%s: the measure word keeps zhǒng", (text) => {
    expect(readingAt(text, text.lastIndexOf("种"))).toBe("zhǒng");
  });
});
