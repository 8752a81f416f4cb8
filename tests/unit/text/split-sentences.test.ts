import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/split-sentences";

describe("splitSentences", () => {
  it("splits on 。！？ and keeps the punctuation; ； joins the clauses of one sentence", () => {
    expect(splitSentences("我们来了。你好吗？太好了！一是合作；二是发展。")).toEqual(["我们来了。", "你好吗？", "太好了！", "一是合作；二是发展。"]);
  });

  it("splits on …… and on half-width ?! runs", () => {
    expect(splitSentences("等等……然后呢?!好")).toEqual(["等等……", "然后呢?!", "好"]);
  });

  it("keeps a quote together; the closing quote stays with its sentence", () => {
    expect(splitSentences("他说：“我们来了。今天很好。”然后走了。")).toEqual(["他说：“我们来了。今天很好。”", "然后走了。"]);
    expect(splitSentences("“行有不得，反求诸己”。美国应该复盘一下。")).toEqual(["“行有不得，反求诸己”。", "美国应该复盘一下。"]);
    expect(splitSentences("「好。」他说。")).toEqual(["「好。」", "他说。"]);
  });

  it("does not split inside parentheses", () => {
    expect(splitSentences("这是决定（见附件。另有说明）的内容。下一句。")).toEqual(["这是决定（见附件。另有说明）的内容。", "下一句。"]);
  });

  it("is not swallowed by an unclosed quote", () => {
    expect(splitSentences("他说“不对。然后没关。")).toEqual(["他说“不对。", "然后没关。"]);
  });

  it("keeps trailing text without a terminator", () => {
    expect(splitSentences("第一句。没有句号")).toEqual(["第一句。", "没有句号"]);
  });
});
