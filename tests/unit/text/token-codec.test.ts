import { describe, expect, it } from "vitest";
import { buildLesson, type LessonToken } from "@/lib/text/build-lesson";
import { decodeSentenceTokens, encodeLessonTokens } from "@/lib/text/token-codec";

const TEXT = "王毅：我们支持和平。我们支持多边主义，反对单边主义。行稳致远，我们支持和平。";

describe("token codec", () => {
  it("round-trips every field of every token, sharing repeated tokens", () => {
    const draft = buildLesson(TEXT);
    const { words, sentences } = encodeLessonTokens(draft.sentences);
    const all = draft.sentences.flatMap((s) => s.tokens);
    expect(words.length).toBeLessThan(all.length);
    draft.sentences.forEach((s, i) => expect(decodeSentenceTokens(sentences[i], JSON.parse(JSON.stringify(words)))).toEqual(s.tokens));
  });

  it("keeps fields it does not know about (a new pipeline field needs no storage change)", () => {
    const a = { text: "和平", pinyin: "hé píng", kind: "word", gloss: "peace", note: "x" } as unknown as LessonToken;
    const b = { ...a, note: "y" } as unknown as LessonToken;
    const { words, sentences } = encodeLessonTokens([{ tokens: [a, b, a] }]);
    expect(words).toHaveLength(2); // same text and reading, different extra field: two entries
    expect(decodeSentenceTokens(sentences[0], words)).toEqual([a, b, a]);
  });

  it("reads the older per-occurrence format, and refuses a compact list without its words", () => {
    const old = [{ text: "和平", pinyin: "hé píng", gloss: "peace", kind: "word", hsk: 2, hsk2: 5, hsk3: 2, traditional: null, glossaryId: null }];
    expect(decodeSentenceTokens(old, null)).toEqual(old);
    expect(decodeSentenceTokens("", null)).toEqual([]);
    expect(() => decodeSentenceTokens("0,1", null)).toThrow(/word list/);
    expect(() => decodeSentenceTokens("5", [old[0]])).toThrow(/not in the lesson's word list/);
  });
});
