import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { cleanTranscript } from "@/lib/text/clean-transcript";
import { detectStructure } from "@/lib/text/detect-structure";
import { noiseReason } from "@/lib/text/noise-lines";
import { htmlToText, looksLikeHtml } from "@/lib/text/html-to-text";

const GENRES = path.resolve(import.meta.dirname, "../../fixtures/genres");
const read = (f: string) => fs.readFileSync(path.join(GENRES, f), "utf8");

describe("web-page furniture rules, each with its counter-case", () => {
  const cases: [string, string, string][] = [
    ["navigation", "首页 > 时政 > 正文", "价格从5元涨到8元，涨幅 > 50%。"],
    ["navigation", "当前位置：首页>新闻>国内", "当前位置很重要，我们要认清形势。"],
    ["navigation", "首页 新闻 时政 国际 财经 军事", "新闻 时政 国际，这些栏目很受欢迎。"],
    ["share bar", "分享到：微信 微博 QQ空间", "他分享到：经验来自实践。"],
    ["editor credit", "责任编辑：王小明", "编辑部认为，这篇稿件需要修改。"],
    ["copyright", "版权所有 新华网 京ICP备12345678号", "著作权法规定，版权所有人享有复制权。"],
    ["QR prompt", "扫一扫在手机打开当前页", "市民可扫码乘车，十分方便。"],
    ["page buttons", "【纠错】 【打印】 【关闭】", "【专家解读】经济运行稳中向好。"],
    ["related links", "下一篇：外交部发言人答记者问", "下一篇文章，我们将介绍中欧班列。"],
  ];
  it.each(cases)("%s: drops %s, keeps %s", (reason, junk, text) => {
    expect(noiseReason(junk)).toBe(reason);
    expect(noiseReason(text)).toBeNull();
  });

  it("drops a 相关新闻 list and the buttons glued to the last paragraph, and keeps the text after a list", () => {
    const r = cleanTranscript("正文第一段。中方欢迎合作。【纠错】\n相关新闻\n外交部答记者问\n王毅会见外宾\n\n这是一段正文，并不是链接。");
    expect(r.paragraphs).toEqual(["正文第一段。中方欢迎合作。", "这是一段正文，并不是链接。"]);
    expect(r.dropped.map((d) => d.reason)).toEqual(["page buttons", "related links", "related links", "related links"]);
  });

  it("finds headline and dateline on a whole web-page paste and un-glues the dateline", () => {
    const cleaned = cleanTranscript(read("web-page-paste.txt"));
    const s = detectStructure(cleaned.paragraphs);
    expect(s.title).toBe("外交部发言人就中欧关系答记者问");
    expect(s.dateline).toBe("新华社北京3月7日电");
    expect(s.paragraphs[0].text.startsWith("外交部发言人今天在例行记者会上表示")).toBe(true);
    expect(s.paragraphs.some((p) => p.text.startsWith("发言人说") && p.text.includes("中方的立场是：反对"))).toBe(true);
    expect(s.paragraphs.every((p) => p.speaker === null)).toBe(true);
    const reasons = [...cleaned.dropped, ...s.dropped].map((d) => d.reason);
    for (const r of ["navigation", "share bar", "page buttons", "editor credit", "QR prompt", "related links", "copyright", "site or section name"])
      expect(reasons).toContain(r);
    expect(s.paragraphs.some((p) => /纠错|分享|ICP|扫一扫|责任编辑|首页/u.test(p.text))).toBe(false);
  });

  it("finds a reporter credit and a date line under the headline", () => {
    const s = detectStructure(["中欧班列开行十万列", "（记者 张三 李四）", "2026年5月12日", "中欧班列今天迎来第十万列。"]);
    expect(s).toMatchObject({ title: "中欧班列开行十万列", dateline: "（记者 张三 李四） 2026年5月12日" });
    expect(s.paragraphs.map((p) => p.text)).toEqual(["中欧班列今天迎来第十万列。"]);
    // counter-case: a heading that starts with 记者 is not a credit
    expect(detectStructure(["标题", "记者会现场直击", "正文开始。"]).dateline).toBeNull();
  });
});

describe("HTML", () => {
  it("is recognised by real tags or entities, not by any angle bracket", () => {
    expect(looksLikeHtml("<p>中方</p>")).toBe(true);
    expect(looksLikeHtml("中美&nbsp;关系")).toBe(true);
    expect(looksLikeHtml("当5<6且7>3时，结论成立。")).toBe(false);
    expect(looksLikeHtml("A&B公司")).toBe(false);
  });

  it("turns page source into lines, decoding entities and reporting scripts, comments and landmarks", () => {
    const r = htmlToText(read("html-source-paste.html"));
    expect(r.text).not.toMatch(/<\/?p>|&nbsp;|&ldquo;/);
    expect(r.text).toContain("落实“减负稳岗扩就业”政策。");
    expect(r.text).toContain("一千二百二十二万人，<再创新高>。");
    expect(r.text.split("\n")).toContain("国务院新闻办公室举行发布会介绍稳就业举措");
    expect(r.dropped.map((d) => d.reason)).toEqual(["page title (repeats the headline)", "page code", "navigation", "HTML comment", "page footer"]);
  });

  it("cleans a page-source paste into headline, dateline and body", () => {
    const cleaned = cleanTranscript(read("html-source-paste.html"));
    const s = detectStructure(cleaned.paragraphs);
    expect(s.title).toBe("国务院新闻办公室举行发布会介绍稳就业举措");
    expect(s.dateline).toBe("本报北京4月2日电（记者陈晓林海）");
    expect(s.paragraphs).toHaveLength(4);
    expect(s.paragraphs[2].text).toContain("政策主要有如下几种：一是扩大见习岗位");
  });
});
