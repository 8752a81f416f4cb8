import { beforeAll, describe, expect, it } from "vitest";
import { dictTag, getSegmenter } from "@/lib/text/segment";
import { gradedReading, predicateReadings } from "@/lib/text/g2p/reading-kinds";
import { predicateChoices } from "@/lib/text/g2p/verb-frames";
import { syllableOf, tokensOf } from "../../support/syllables";

// Readings from a character's place as a predicate or complement, on everyday sentences of our own
// (a QA pass, fifth session `text5`): 叠好 hǎo, 比…长 cháng, 只差两分 chà, 背着一捆柴 bēi, 一边和面
// huó. Each rule beside counter-cases where the other reading is right.

beforeAll(() => void getSegmenter(), 60_000);

describe("好 closing a token no dictionary has, after a verb", () => {
  it("is the complement hǎo (叠好: one jieba token, not in CC-CEDICT)", () => {
    expect(tokensOf("你把衣服晾干了再叠好，别到处乱扔。")).toContain("叠好");
    expect(syllableOf("你把衣服晾干了再叠好，别到处乱扔。", "好")).toBe("hǎo");
  });

  it("leaves dictionary words with 好 to the dictionary (counter-cases)", () => {
    expect(syllableOf("他的爱好是钓鱼。", "好")).toBe("hào");
    expect(syllableOf("她喜好安静。", "好")).toBe("hào");
    expect(syllableOf("我只好走回家。", "好")).toBe("hǎo");
  });
});

describe("the predicate of a 比 comparison", () => {
  it("is an adjective: 长 cháng", () => {
    expect(syllableOf("续航时间比上一代长了将近三个小时。", "长")).toBe("cháng");
    expect(syllableOf("这根绳子比那根长。", "长")).toBe("cháng");
  });

  it("is a verb before 得 or an adjective as its complement (counter-cases)", () => {
    expect(syllableOf("他比我长得高。", "长")).toBe("zhǎng");
    expect(syllableOf("孩子比去年长高了。", "长")).toBe("zhǎng");
  });

  it("keeps the commoner reading where that one has verb senses too (少 shǎo, not shào 'young')", () => {
    expect(syllableOf("他们比上次大选少了十六个席位。", "少")).toBe("shǎo");
    expect(syllableOf("今年的雨水比去年少。", "少")).toBe("shǎo");
  });
});

describe("a predicate does not take a reading whose senses are nouns only", () => {
  it("finds such readings from CC-CEDICT's senses", () => {
    expect(predicateReadings("差")).toEqual(expect.arrayContaining(["chà", "chāi"]));
    expect(predicateReadings("差")).not.toContain("chā"); // "difference; discrepancy"
    expect(gradedReading("差")).toBe("chà"); // chāi "to send" is first of all a verb
    expect(predicateReadings("长")).toBeNull();
  });

  it("reads 差 chà before a quantity and after a degree word", () => {
    expect(syllableOf("距离榜首只差两分。", "差")).toBe("chà");
    expect(syllableOf("这家店的服务最差。", "差")).toBe("chà");
    expect(syllableOf("这家店的服务最差了。", "差")).toBe("chà");
    expect(syllableOf("他的成绩很差。", "差")).toBe("chà");
  });

  it("leaves words and other places alone (counter-cases)", () => {
    expect(syllableOf("我们有八个小时的时差。", "差")).toBe("chā");
    expect(syllableOf("两国的差距还很大。", "差")).toBe("chā");
    expect(syllableOf("这两种方法没有什么差别。", "差")).toBe("chā");
    expect(syllableOf("他下周要去上海出差。", "差")).toBe("chāi");
    expect(syllableOf("这里的温差很大。", "差")).toBe("chā");
    const tokens = tokensOf("差距很大");
    expect(predicateChoices(tokens, 0, dictTag)).toBeNull();
  });
});

describe("a verb and its aspect particle before a counted object", () => {
  it("takes the character's main verb sense: 背着 bēi zhe", () => {
    expect(syllableOf("老人背着一捆柴。", "背")).toBe("bēi");
    expect(syllableOf("他背着两个孩子过河。", "背")).toBe("bēi");
  });

  it("leaves a person or a body part to the model (counter-cases)", () => {
    expect(syllableOf("他背着父母偷偷去了网吧。", "背")).toBe("bèi");
    expect(syllableOf("他背着手走来走去。", "背")).toBe("bèi");
  });
});

describe("a function word where a verb must come", () => {
  it("joins a CC-CEDICT verb: 一边|和面 huó miàn", () => {
    expect(tokensOf("妈妈一边和面一边说。")).toContain("和面");
    expect(syllableOf("妈妈一边和面一边说。", "和")).toBe("huó");
    expect(syllableOf("他正在和面。", "和")).toBe("huó");
  });

  it("keeps the preposition before a person and 和 elsewhere (counter-cases)", () => {
    expect(tokensOf("妈妈一边和他聊天一边做饭。")).toContain("和");
    expect(syllableOf("妈妈一边和他聊天一边做饭。", "和")).toBe("hé");
    expect(tokensOf("这些都和面有关。")).not.toContain("和面");
    expect(syllableOf("这些都和面有关。", "和")).toBe("hé");
  });
});
