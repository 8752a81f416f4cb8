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
