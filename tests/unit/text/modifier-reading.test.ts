// A character between a count and a noun modifies the noun: its reading without verb senses
// (lib/text/g2p/modifier-reading.ts). Counter-cases: verbal measures, function words, no noun after.
import { describe, expect, it } from "vitest";
import { readingOf as reading } from "../../support/lesson-tokens";


describe("a character between a count and a noun", () => {
  it("takes the reading without verb senses", () => {
    expect(reading("给我一条干毛巾。", "干")).toBe("gān");
    expect(reading("他拿来两件干衣服。", "干")).toBe("gān");
    expect(reading("她买了一件长裙子。", "长")).toBe("cháng");
    expect(reading("前面是一条长走廊。", "长")).toBe("cháng");
  });

  it("keeps other readings after a measure of actions, as a function word, or before no noun (counter-cases)", () => {
    expect(reading("这种与金属接触的材料。", "与")).toBe("yǔ"); // a preposition
    expect(reading("他采用六次打腿的泳姿。", "打")).toBe("dǎ"); // 次 counts actions: not dá "dozen"
    expect(reading("他们在地里干了一天。", "干")).toBe("gàn"); // no count before it: the verb
    expect(reading("这个人干活很快。", "干活")).toBe("gàn huó");
  });
});
