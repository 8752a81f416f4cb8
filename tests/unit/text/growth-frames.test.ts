import { describe, expect, it } from "vitest";
import { readingOfChar } from "../../support/lesson-tokens";

// 长 "to grow" (zhǎng) with what grows for its object (g2p/action-frames.ts growthReading, and the
// words 长牙, 长毛 in g2p/word-senses.ts). Before the rule the model read most of these cháng. The
// counter-cases are long things 长 qualifies: 留着长头发, 象的长牙, 长毛狗, 一条长河.

const at = readingOfChar;

describe("长 before what grows", () => {
  it.each([
    ["爷爷最近长了不少白头发。", "zhǎng"],
    ["院子里长满了杂草。", "zhǎng"],
    ["这孩子今年又长个儿了。", "zhǎng"],
    ["青春期的孩子容易长痘痘。", "zhǎng"],
    ["他下巴上长胡子了。", "zhǎng"],
    ["我家宝宝八个月才开始长牙。", "zhǎng"],
    ["米饭放了三天，已经长毛了。", "zhǎng"],
    ["这件事让他长了记性。", "zhǎng"],
    ["老槐树又长出了新叶。", "zhǎng"],
  ])("%s reads 长 %s", (text, reading) => {
    expect(at(text, "长")).toBe(reading);
  });

  it.each([
    ["她一直留着长头发。", "cháng"],
    ["海象的长牙可以用来爬上冰面。", "cháng"],
    ["我想养一只长毛猫。", "cháng"],
    ["长江是一条长河。", "cháng"],
    ["这条裤子比那条长了一截。", "cháng"],
  ])("%s reads 长 %s where it qualifies a long thing (counter-case)", (text, reading) => {
    expect(at(text, "长", text.startsWith("长江") ? 3 : 0)).toBe(reading);
  });
});
