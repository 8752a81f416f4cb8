import { describe, expect, it } from "vitest";
import { segmentSentence, segmentSentences } from "@/lib/text/segment";

// segmentSentences cuts a whole text at once; each sentence must come out exactly as cut alone.
const SENTENCES = [
  "外交部发言人毛宁表示，中方愿同各方一道，推动构建人类命运共同体。",
  "2024年GDP增长5.2%， 比上年加快0.2个百分点。",
  " Hello world, 中美关系 ",
  "他一边和面一边说：“行稳致远。”",
  "卡拉斯科表示：",
  "……",
  "A",
  "我们得加强合作\t并且",
];

describe("segmentSentences", () => {
  it("cuts each sentence of a text as segmentSentence cuts it alone", () => {
    const together = segmentSentences(SENTENCES);
    expect(together.map((segs) => segs.map((s) => s.text))).toEqual(SENTENCES.map((s) => segmentSentence(s).map((seg) => seg.text)));
    expect(together.map((segs) => segs.map((s) => s.tag))).toEqual(SENTENCES.map((s) => segmentSentence(s).map((seg) => seg.tag)));
  });

  it("falls back to one cut per sentence where the joined cut cannot line up (a carriage return before the join)", () => {
    const odd = ["第一句话。\r", "第二句话。", "中华人民共和国"];
    expect(segmentSentences(odd).map((segs) => segs.map((s) => s.text).join(""))).toEqual(odd);
    expect(segmentSentences(odd).map((segs) => segs.map((s) => s.text))).toEqual(odd.map((s) => segmentSentence(s).map((seg) => seg.text)));
  });

  it("reports each sentence once, in order", () => {
    const seen: number[] = [];
    segmentSentences(SENTENCES, (i) => seen.push(i));
    expect(seen).toEqual(SENTENCES.map((_, i) => i));
  });
});
