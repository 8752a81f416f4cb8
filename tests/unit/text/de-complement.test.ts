import { describe, expect, it } from "vitest";
import { readingAt } from "../../support/lesson-tokens";

// 得 between a verb and its complement is the particle de, whether jieba cuts V|得|A or keeps V得A
// whole (lib/text/g2p/frames.ts), beside the words and frames where it is dé or děi.

const at = (text: string) => readingAt(text, text.indexOf("得"));

describe("V得A: the complement's particle", () => {
  it.each([["他跑得快。"], ["你说得好。"], ["他走得慢，总是落在后面。"], ["他每天睡得晚。"], ["他来得晚。"]])("%s reads de", (text) => {
    expect(at(text)).toBe("de");
  });

  it.each([
    ["他取得了成功。", "dé"],
    ["这场比赛的总得分是多少？", "dé"],
    ["深得信任。", "dé"],
    ["我得走了。", "děi"],
  ])("%s keeps %s (a word with dé, the verb's result, the modal)", (text, reading) => {
    expect(at(text)).toBe(reading);
  });
});

describe("地 after an adverbial jieba tags a numeral (大声 m)", () => {
  it("reads 大声地喊 de", () => {
    expect(readingAt("他大声地喊。", 3)).toBe("de");
  });

  it.each([["这块地很大。"], ["两亩地都种了麦子。"], ["一大片地。"]])("%s keeps the noun dì after a real count", (text) => {
    expect(readingAt(text, text.indexOf("地"))).toBe("dì");
  });
});
