import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { cleanTranscript } from "@/lib/text/clean-transcript";
import { detectStructure } from "@/lib/text/detect-structure";
import { looksLikeSubtitles, stripLineTimestamps } from "@/lib/text/subtitles";

const GENRES = path.resolve(import.meta.dirname, "../../fixtures/genres");
const structure = (f: string) => {
  const c = cleanTranscript(fs.readFileSync(path.join(GENRES, f), "utf8"));
  return { c, s: detectStructure(c.paragraphs) };
};

describe("subtitles and timestamps", () => {
  it("takes a voice tag named once in an SRT cue as its speaker (a label on its own line), the tag out of the text", () => {
    const srt = "1\n00:00:01,000 --> 00:00:03,500\n各位观众，晚上好。\n\n2\n00:00:03,600 --> 00:00:07,200\n<v 主持人>这个现象背后，其实有很多原因。\n";
    const c = cleanTranscript(srt);
    const s = detectStructure(c.paragraphs);
    expect(s.paragraphs.map((p) => [p.speaker, p.text])).toEqual([
      [null, "各位观众，晚上好。"],
      ["主持人", "这个现象背后，其实有很多原因。"],
    ]);
  });
  it("a label written as text and named once stays text (counter-case: no voice tag)", () => {
    const srt = "1\n00:00:01,000 --> 00:00:03,500\n各位观众，晚上好。\n\n2\n00:00:03,600 --> 00:00:07,200\n主持人：这个现象背后，其实有很多原因。\n";
    const c = cleanTranscript(srt);
    expect(detectStructure(c.paragraphs).paragraphs[1].speaker).toBeNull();
  });

  it("reads an SRT file: one sentence per unpunctuated cue, no numbers or times, no headline", () => {
    const { c, s } = structure("subtitles.srt");
    expect(s.title).toBeNull();
    expect(s.paragraphs.map((p) => p.text)).toEqual([
      "各位观众大家好", "欢迎收看今天的新闻节目", "今天我们关注中欧班列的最新进展", "今年以来中欧班列开行数量稳步增长", "为沿线国家的经贸合作注入了新动能",
    ]);
    expect(c.dropped).toEqual([{ line: "5 cue numbers and times", reason: "subtitle timing" }]);
  });

  it("reads a WebVTT file: voice tags name the speaker, markup and notes go", () => {
    const { c, s } = structure("subtitles.vtt");
    expect(s.paragraphs.map((p) => [p.speaker, p.text])).toEqual([
      ["主持人", "欢迎来到今天的访谈节目。"],
      ["主持人", "您怎么看待今年的经济形势？"],
      // each cue repeats its voice tag, so each opens a turn; the sentence still reads across them
      ["李教授", "我认为，经济运行稳中向好，"],
      ["李教授", "但也要看到外部环境的不确定性。"],
    ]);
    expect(c.dropped.map((d) => d.reason)).toEqual(["subtitle note", "subtitle timing"]);
  });

  it("strips a timestamp from every line of a transcript and keeps the speakers", () => {
    const { c, s } = structure("timestamped-interview.txt");
    expect(s.paragraphs[1]).toMatchObject({ speaker: "王教授", role: "answer", text: "谢谢主持人，很高兴来到这里。" });
    expect(s.paragraphs[4].text).toBe("我们的看法是：要坚持对话而不对抗、结伴而不结盟。");
    expect(c.dropped).toEqual([{ line: "6 line timestamps (00:00:05 …)", reason: "timestamps" }]);
  });

  it("leaves a time inside ordinary text alone (counter-cases)", () => {
    expect(looksLikeSubtitles("会议在10:30开始。\n12:00结束。")).toBe(false);
    expect(stripLineTimestamps("晚上22:30，会议结束。\n大家陆续离场。\n第二天继续开会。")).toBeNull();
    expect(cleanTranscript("晚上22:30，会议结束。").paragraphs).toEqual(["晚上22:30，会议结束。"]);
  });
});
