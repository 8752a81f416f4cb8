import { describe, expect, it } from "vitest";
import { dictTag, jiebaTag, segmentSentence, type Segment } from "@/lib/text/segment";
import { BODY_TRIGGERS, joinBodies } from "@/lib/text/body-words";
import { splitAspectZhuo, ZHUO_TRIGGERS } from "@/lib/text/aspect-cuts";
import { DE_TRIGGERS, LE_TRIGGERS, splitComplementDe, splitCopiedVerb, splitVerbLe } from "@/lib/text/complement-cuts";
import { FEATURE_TRIGGERS, mergeFeatureNames } from "@/lib/text/feature-names";
import { mergeStormNames, STORM_TRIGGERS } from "@/lib/text/storm-names";
import { makeSegment } from "@/lib/text/word-memo";
import { fixtureSentences } from "../../support/fixture-sentences";
import { COUNTED_TRIGGERS, joinNumerals, NUMBER_TRIGGERS, splitCounted } from "@/lib/text/number-cuts";
import { FAMILIAR_TRIGGERS, joinFamiliarNames } from "@/lib/text/familiar-names";

// segment.ts runs some rules after the cut only on sentences holding one of their trigger
// characters. That is only right if a rule never changes a sentence without them: checked here
// on every sentence of our fixtures, cut into single characters and into the segmenter's words
// (the shapes a rule may be handed), and, the other way, that each gated rule still fires through
// segmentSentence where its trigger is.

const make = (word: string): Segment => makeSegment(word, jiebaTag(word));
const RULES: [string, readonly string[], (segs: Segment[]) => Segment[]][] = [
  ["joinBodies", BODY_TRIGGERS, (s) => joinBodies(s, dictTag, make)],
  ["splitAspectZhuo", ZHUO_TRIGGERS, (s) => splitAspectZhuo(s, dictTag, make)],
  ["splitComplementDe", DE_TRIGGERS, (s) => splitComplementDe(s, dictTag, make)],
  ["splitCopiedVerb", DE_TRIGGERS, (s) => splitCopiedVerb(s, dictTag, make)],
  ["splitVerbLe", LE_TRIGGERS, (s) => splitVerbLe(s, dictTag, make)],
  ["mergeFeatureNames", FEATURE_TRIGGERS, (s) => mergeFeatureNames(s, dictTag)],
  ["mergeStormNames", STORM_TRIGGERS, mergeStormNames],
  ["joinNumerals", NUMBER_TRIGGERS, (s) => joinNumerals(s, dictTag, make)],
  ["splitCounted", COUNTED_TRIGGERS, (s) => splitCounted(s, dictTag, make)],
  ["joinFamiliarNames", FAMILIAR_TRIGGERS, (s) => joinFamiliarNames(s, dictTag)],
];

describe("rule triggers (segment.ts runs these rules only where a trigger character is)", () => {
  const sentences = fixtureSentences();

  it("has fixture sentences with and without each rule's triggers", () => {
    expect(sentences.length).toBeGreaterThan(1000);
    for (const [, triggers] of RULES) {
      expect(sentences.some((s) => triggers.some((t) => s.includes(t)))).toBe(true);
      expect(sentences.some((s) => !triggers.some((t) => s.includes(t)))).toBe(true);
    }
  });

  it("no rule changes a sentence without its trigger characters", () => {
    for (const sentence of sentences) {
      const words = segmentSentence(sentence).map((s) => make(s.text));
      const chars = [...sentence].map(make);
      for (const [name, triggers, rule] of RULES) {
        if (triggers.some((t) => sentence.includes(t))) continue;
        for (const segs of [words, chars]) expect(rule(segs), `${name}: ${sentence}`).toBe(segs);
      }
    }
  });

  it("each gated rule still applies through segmentSentence where its trigger is", () => {
    const cut = (s: string) => segmentSentence(s).map((t) => t.text);
    expect(cut("据本所统计，今年案件有所增加。")).toContain("本所"); // joinBodies
    expect(cut("她穿着一件红裙子。")).toEqual(expect.arrayContaining(["穿", "着"])); // splitAspectZhuo
    expect(cut("他气得直跺脚。")).toEqual(expect.arrayContaining(["得", "直"])); // splitComplementDe
    expect(cut("他唱歌唱得很好。")).toEqual(expect.arrayContaining(["唱歌", "唱", "得"])); // splitCopiedVerb
    expect(cut("我算了好几遍。")).toEqual(expect.arrayContaining(["算", "了"])); // splitVerbLe
    expect(cut("菲律宾船只非法闯入仁爱礁附近海域。")).toContain("仁爱礁"); // mergeFeatureNames
    expect(cut("今年第5号台风“山竹”已经生成。")).toContain("山竹"); // mergeStormNames
    expect(cut("她一边和面一边聊天。")).toContain("和面"); // joinVerbAfter (边 面 正 在)
    expect(cut("他慢慢地走了。")).toEqual(expect.arrayContaining(["地", "走"])); // splitParticleDi (地)
    expect(cut("计划涉及约六百三十万人。")).toContain("六百三十万"); // joinNumerals
    expect(cut("这封信是他写的。")).toEqual(expect.arrayContaining(["封", "信"])); // splitCounted
    expect(cut("我跟小明一起去。")).toContain("小明"); // joinFamiliarNames
  });
});
