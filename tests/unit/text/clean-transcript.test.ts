import { describe, expect, it } from "vitest";
import { cleanTranscript } from "@/lib/text/clean-transcript";

describe("cleanTranscript", () => {
  it("joins a sentence broken across a blank line", () => {
    const r = cleanTranscript("这场危机根源错综复杂，冰冻三尺非一日之寒，消融化解也非一\n\n日之功。但冲突无法有赢家。");
    expect(r.paragraphs).toEqual(["这场危机根源错综复杂，冰冻三尺非一日之寒，消融化解也非一日之功。但冲突无法有赢家。"]);
  });

  it("drops a photo caption inside a question and rejoins the question", () => {
    const raw = [
      "新华社记者:2025年的国际形势可能更加变乱交织,",
      "",
      "",
      "3月7日，十四届全国人大三次会议在北京举行记者会。外交部长王毅回答中外记者提问。",
      "新华社记者 刘大伟 摄",
      "",
      "中国外交又将发挥什么作用?",
    ].join("\n");
    const r = cleanTranscript(raw);
    expect(r.paragraphs).toEqual(["新华社记者：2025年的国际形势可能更加变乱交织，中国外交又将发挥什么作用？"]);
    expect(r.dropped.map((d) => d.reason)).toEqual(["photo caption", "photo credit"]);
    expect(r.dropped[1].line).toBe("新华社记者 刘大伟 摄");
  });

  it("drops other credit styles and page markers, reporting each", () => {
    const raw = "第一段还没完，\n（新华社发 王鹏 摄）\n(下转A06版)\n（上接第3版）\n第3版\n接着说完。\n（完）";
    const r = cleanTranscript(raw);
    expect(r.paragraphs).toEqual(["第一段还没完，接着说完。"]);
    expect(r.dropped.map((d) => d.reason)).toEqual(["photo credit", "page marker", "page marker", "page marker", "end mark"]);
  });

  it("drops a date-led caption block between complete paragraphs", () => {
    const r = cleanTranscript("第一段。\n\n5月1日，游客在广场参观。\n本报记者 李四 摄\n\n第二段。");
    expect(r.paragraphs).toEqual(["第一段。", "第二段。"]);
    expect(r.dropped[0]).toEqual({ line: "5月1日，游客在广场参观。", reason: "photo caption" });
  });

  it("keeps a complete body paragraph that happens to sit above a credit", () => {
    const r = cleanTranscript("正文第一段。\n\n正文第二段说明了情况。\n张三 摄\n\n正文第三段。");
    expect(r.paragraphs).toEqual(["正文第一段。", "正文第二段说明了情况。", "正文第三段。"]);
    expect(r.dropped).toEqual([{ line: "张三 摄", reason: "photo credit" }]);
  });

  it("does not glue a title or a short heading to the body", () => {
    const r = cleanTranscript("\n\n王毅回答中外记者提问\n\n新华社北京3月7日电 3月7日,记者会举行。\n\n一、总体形势\n\n今年形势复杂。");
    expect(r.paragraphs).toEqual(["王毅回答中外记者提问", "新华社北京3月7日电 3月7日，记者会举行。", "一、总体形势", "今年形势复杂。"]);
  });

  it("does not glue an unfinished line to a following speaker turn", () => {
    const r = cleanTranscript("主持人：下面请提问，\n\n路透社记者：请问中方如何看待？");
    expect(r.paragraphs).toHaveLength(2);
  });

  it("joins hard-wrapped lines without blank lines and handles CRLF", () => {
    const r = cleanTranscript("中国将继续扩大高水平\r\n对外开放，同各国分享\r\n机遇。\r\n第二段。");
    expect(r.paragraphs).toEqual(["中国将继续扩大高水平对外开放，同各国分享机遇。", "第二段。"]);
    expect(r.text).toBe("中国将继续扩大高水平对外开放，同各国分享机遇。\n第二段。");
  });

  it("starts a paragraph at an indent and drops web-page source lines", () => {
    const raw = "习近平发表重要讲话\n2024-11-16 来源：新华网\n　　新华社利马11月16日电 国家主席习近平16日出席会议\n　　习近平指出，亚太是重要引擎。";
    const r = cleanTranscript(raw);
    expect(r.paragraphs).toEqual(["习近平发表重要讲话", "新华社利马11月16日电国家主席习近平16日出席会议", "习近平指出，亚太是重要引擎。"]);
    expect(r.dropped).toEqual([{ line: "2024-11-16 来源：新华网", reason: "source line" }]);
  });

  it("returns nothing for blank input", () => {
    expect(cleanTranscript("\n \n\u3000\n")).toEqual({ paragraphs: [], text: "", dropped: [] });
  });
});
