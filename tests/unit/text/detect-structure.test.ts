import { describe, expect, it } from "vitest";
import { detectStructure } from "@/lib/text/detect-structure";

describe("detectStructure", () => {
  it("finds title, dateline, speakers and roles in a Q&A", () => {
    const s = detectStructure([
      "外交部发言人就中东局势答记者问",
      "本报北京5月2日电（记者 张三） 外交部发言人今天举行例行记者会。",
      "主持人：现在开始提问。",
      "法新社记者：中方对局势有何评论？",
      "发言人：中方一贯主张通过对话解决分歧。",
      "我们呼吁各方保持克制。",
      "日本广播协会记者：第二个问题。中方是否会派特使？",
      "发言人：我没有可以发布的消息。",
    ]);
    expect(s.title).toBe("外交部发言人就中东局势答记者问");
    expect(s.dateline).toBe("本报北京5月2日电（记者 张三）");
    expect(s.paragraphs[0]).toMatchObject({ text: "外交部发言人今天举行例行记者会。", speaker: null, role: null });
    expect(s.paragraphs.map((p) => [p.speaker, p.role])).toEqual([
      [null, null],
      ["主持人", "question"],
      ["法新社记者", "question"],
      ["发言人", "answer"],
      ["发言人", "answer"],
      ["日本广播协会记者", "question"],
      ["发言人", "answer"],
    ]);
    expect(s.paragraphs[3].text).toBe("中方一贯主张通过对话解决分歧。");
  });

  it("accepts a space inside a label between Latin and Han", () => {
    const s = detectStructure(["CGTN 记者：请问中方如何看待？", "王毅：我们欢迎合作。"]);
    expect(s.paragraphs.map((p) => [p.speaker, p.role, p.text])).toEqual([
      ["CGTN 记者", "question", "请问中方如何看待？"],
      ["王毅", "answer", "我们欢迎合作。"],
    ]);
  });

  it("uses the question mark when the label does not say who asks", () => {
    const s = detectStructure(["张明：您怎么看今年的经济形势？", "李华：形势总体向好。", "就业也稳定。"]);
    expect(s.title).toBeNull();
    expect(s.paragraphs.map((p) => p.role)).toEqual(["question", "answer", "answer"]);
  });

  it("gives a label on its own line to the paragraphs after it", () => {
    const s = detectStructure(["问：", "今年的重点是什么？", "答：", "重点是稳增长。", "还要防风险。"]);
    expect(s.paragraphs.map((p) => [p.text, p.speaker, p.role])).toEqual([
      ["今年的重点是什么？", "问", "question"],
      ["重点是稳增长。", "答", "answer"],
      ["还要防风险。", "答", "answer"],
    ]);
  });

  it("does not treat reported speech or a lone colon as speaker turns", () => {
    const s = detectStructure(["王毅强调：中方愿同各方合作。", "他指出：和平是共同愿望。", "注意：本文有删节。"]);
    expect(s.paragraphs.every((p) => p.speaker === null && p.role === null)).toBe(true);
    expect(s.paragraphs[0].text).toBe("王毅强调：中方愿同各方合作。");
  });
});
