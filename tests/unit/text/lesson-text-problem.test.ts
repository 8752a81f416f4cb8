import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { checkLessonInput, lessonTextProblem } from "@/lib/text/lesson-text-problem";

const GENRES = path.resolve(import.meta.dirname, "../../fixtures/genres");
const read = (f: string) => fs.readFileSync(path.join(GENRES, f), "utf8");

describe("input that cannot make a lesson gets a clear message", () => {
  it("refuses a page that is all navigation, saying what was found", () => {
    expect(lessonTextProblem(read("only-navigation.txt"))).toBe(
      "No Chinese article text was found: only page furniture (5 lines: navigation ×2, share bar, QR prompt, copyright). Copy the article's own text and paste it again.",
    );
  });

  it("refuses a page with no Chinese body", () => {
    expect(() => checkLessonInput(read("no-chinese-body.html"))).toThrow(/Chinese/);
  });

  it("refuses a paste of only headlines", () => {
    expect(lessonTextProblem(read("only-headlines.txt"))).toMatch(/^This looks like a list of headlines or links \(5 lines/);
  });

  it("accepts every real genre, including unpunctuated subtitles and a page-source paste (counter-cases)", () => {
    for (const f of ["web-page-paste.txt", "html-source-paste.html", "subtitles.srt", "subtitles.vtt", "timestamped-interview.txt", "mfa-briefing.txt", "work-report.txt", "commentary.txt"])
      expect([f, lessonTextProblem(read(f))]).toEqual([f, null]);
    expect(lessonTextProblem("标题一\n标题二\n中方愿同各方加强合作，共同发展。")).toBeNull();
  });

  it("accepts song lyrics and poems without punctuation (a refrain, or lines of one length), not a headline list", () => {
    expect(lessonTextProblem("月亮代表我的心\n你问我爱你有多深\n我爱你有几分\n我的情也真\n我的爱也真\n月亮代表我的心")).toBeNull();
    expect(lessonTextProblem("床前明月光\n疑是地上霜\n举头望明月\n低头思故乡")).toBeNull();
    expect(lessonTextProblem("白日依山尽\n黄河入海流\n欲穷千里目\n更上一层楼\n")).toBeNull();
    // Headlines of varying length, none repeated: still refused.
    expect(lessonTextProblem("李强主持召开国务院常务会议\n中欧班列开行突破十万列\n国家统计局发布数据\n外交部发言人答记者问")).toMatch(/headlines/);
  });

  it("judges page source on its visible text, so scripts do not make it look non-Chinese", () => {
    const page = `<html><head><script>${"var x = 'abcdefghij';".repeat(200)}</script></head><body><h1>中欧关系</h1><p>中方愿同欧方加强对话，推动中欧关系行稳致远。</p></body></html>`;
    expect(checkLessonInput(page)).toBe(page);
  });
});
