import { describe, expect, it } from "vitest";
import { addGlossaryEntries, glossaryEntry } from "@/lib/dict/glossary";
import { glossaryEntrySchema, type GlossaryEntry } from "@/lib/dict/glossary-schema";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { buildLesson } from "@/lib/text/build-lesson";

// Made-up terms, so the test does not depend on what the shipped glossary contains.
const FIXTURE = [
  {
    id: "test-lanshan-hezuo",
    term: "蓝山绿水合作框架",
    pinyin: "lán shān lǜ shuǐ hé zuò kuàng jià",
    kind: "phrase",
    english: "Blue Mountains Green Waters cooperation framework",
    official: false,
    literal: "blue + mountain + green + water + cooperation + framework",
    note: "Test fixture.",
  },
  {
    id: "test-qiandeng-wanhu",
    term: "千灯万户",
    pinyin: "qiān dēng wàn hù",
    kind: "idiom",
    english: "a thousand lamps in ten thousand homes",
    official: false,
    literal: "thousand + lamp + ten thousand + household",
    note: "Test fixture.",
  },
];

describe("glossary", () => {
  it("loads the shipped glossary", () => {
    const e = glossaryEntry("人类命运共同体");
    expect(e?.kind).toBe("phrase");
    expect(e?.pinyin.split(" ")).toHaveLength(7);
  });

  it("rejects invalid entries (added entries are validated by the schema first)", () => {
    expect(() => glossaryEntrySchema.parse({ ...FIXTURE[0], pinyin: "lán shān" })).toThrow(/one syllable per Han character/);
  });

  it("adds entries later; the segmenter keeps them whole and tokens carry their id", () => {
    getSegmenter();
    addGlossaryEntries(FIXTURE.map((e) => glossaryEntrySchema.parse(e)) as GlossaryEntry[]);
    expect(glossaryEntry("千灯万户")?.id).toBe("test-qiandeng-wanhu");
    expect(segmentSentence("双方签署蓝山绿水合作框架，千灯万户共庆。").map((s) => s.text)).toEqual(
      expect.arrayContaining(["蓝山绿水合作框架", "千灯万户"]),
    );
    // Loading more words must not undo the start-up corrections to jieba's dictionary.
    expect(segmentSentence("这段时间很忙。").map((s) => s.text)).toEqual(["这", "段", "时间", "很", "忙", "。"]);
    const lesson = buildLesson("双方今天在北京签署了蓝山绿水合作框架，千灯万户共同庆祝这一时刻。");
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === "蓝山绿水合作框架")).toMatchObject({
      kind: "phrase",
      glossaryId: "test-lanshan-hezuo",
      pinyin: "lán shān lǜ shuǐ hé zuò kuàng jià",
      gloss: "Blue Mountains Green Waters cooperation framework",
    });
    expect(tokens.find((t) => t.text === "千灯万户")).toMatchObject({ kind: "idiom", glossaryId: "test-qiandeng-wanhu" });
  }, 60_000);
});
