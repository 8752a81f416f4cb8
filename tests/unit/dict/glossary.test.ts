import { describe, expect, it } from "vitest";
import { addGlossaryEntries, glossaryEntry, glossaryEntryFor } from "@/lib/dict/glossary";
import { lessonToken } from "@/lib/text/rebuild-sentence";
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

  it("gives a variant in other words its own English and links it to the entry; a variant without English gets none", () => {
    addGlossaryEntries([
      glossaryEntrySchema.parse({
        id: "test-hongqiao-jihua",
        term: "红桥合作计划",
        pinyin: "hóng qiáo hé zuò jì huà",
        kind: "phrase",
        english: "the Red Bridge Cooperation Plan",
        official: false,
        literal: "red + bridge + cooperation + plan",
        note: "Test fixture.",
        variants: ["红桥计划", "红桥合作计划精神", "红桥，合作计划"],
        variantEnglish: { 红桥计划: "the Red Bridge Plan" },
      }),
    ] as GlossaryEntry[]);
    // The term, and a variant in the term's own words: the term's English.
    expect(glossaryEntryFor("红桥合作计划")?.english).toBe("the Red Bridge Cooperation Plan");
    expect(glossaryEntryFor("红桥，合作计划")?.english).toBe("the Red Bridge Cooperation Plan");
    // Other words with English of their own: the entry, that English.
    expect(glossaryEntryFor("红桥计划")).toMatchObject({ id: "test-hongqiao-jihua", english: "the Red Bridge Plan" });
    // Other words without: nothing borrowed (the term's English may not fit).
    expect(glossaryEntryFor("红桥合作计划精神")).toBeNull();
    expect(glossaryEntry("红桥合作计划精神")?.id).toBe("test-hongqiao-jihua");
    expect(() => glossaryEntrySchema.parse({ ...FIXTURE[0], variants: ["蓝山合作框架"], variantEnglish: { 蓝山框架: "x" } })).toThrow(/variantEnglish keys/);
  });

  it("glosses the shipped glossary's variants in lessons with their own English, read by the pipeline", () => {
    const lesson = buildLesson("全国人大常委会审议了议案。双方都认为，世界百年大变局加速演进，要坚持对话不对抗。");
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === "世界百年大变局")).toMatchObject({
      kind: "phrase",
      glossaryId: "bainian-weiyou-zhi-dabianju",
      gloss: "the world's profound changes unseen in a century",
      pinyin: "shì jiè bǎi nián dà biàn jú",
    });
    expect(tokens.find((t) => t.text === "对话不对抗")).toMatchObject({ glossaryId: "duihua-erbu-duikang", gloss: "dialogue, not confrontation" });
    // A correction rebuilds the token the same way.
    expect(lessonToken("世界百年大变局", "", "shì jiè bǎi nián dà biàn jú")).toMatchObject({ glossaryId: "bainian-weiyou-zhi-dabianju", gloss: "the world's profound changes unseen in a century" });
    // The term keeps its own English and reading.
    expect(lessonToken("百年未有之大变局", "", null)).toMatchObject({ gloss: "profound changes unseen in a century" });
  });
});
