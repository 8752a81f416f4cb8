import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { LONG_SENTENCE, readingParts } from "@/lib/text/reading-parts";

const lines = (text: string) => {
  const lesson = buildLesson(text);
  expect(lesson.sentences).toHaveLength(1); // the sentence itself stays whole
  return readingParts(lesson.sentences[0].tokens).map((p) => p.map((t) => t.text).join(""));
};

describe("reading lines of long sentences", () => {
  it("breaks a sentence over 120 characters at every ；", () => {
    const text =
      "今年发展主要预期目标是：国内生产总值增长百分之五左右；城镇新增就业一千二百万人以上，城镇调查失业率百分之五点五左右；居民消费价格涨幅百分之二左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量一万三千亿斤以上，单位国内生产总值能耗降低百分之二左右，生态环境质量持续改善。";
    expect([...text].length).toBeGreaterThan(LONG_SENTENCE);
    const parts = lines(text);
    expect(parts).toHaveLength(6);
    expect(parts[0]).toBe("今年发展主要预期目标是：国内生产总值增长百分之五左右；");
    expect(parts.join("")).toBe(text);
  });

  it("breaks a long sentence without ； at the commas between its clauses, never inside quotes", () => {
    const text =
      "我们要坚持和落实“两个毫不动摇，完善体制机制”，充分激发各类经营主体的内生动力和创新活力，加快建设全国统一大市场，稳步扩大制度型开放，持续优化营商环境，切实解决群众急难愁盼问题，以踏石留印、抓铁有痕的劲头抓落实，让人民群众有更多获得感、幸福感、安全感。";
    expect([...text].length).toBeGreaterThan(LONG_SENTENCE);
    const parts = lines(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(text);
    expect(parts.every((p) => p.endsWith("，") || p.endsWith("。"))).toBe(true);
    expect(parts.some((p) => p.endsWith("两个毫不动摇，"))).toBe(false);
  });

  it("leaves a sentence of 120 characters or fewer in one line, whatever its ； (counter-case)", () => {
    expect(lines("一是合作；二是发展；三是共赢。")).toEqual(["一是合作；二是发展；三是共赢。"]);
  });
});
