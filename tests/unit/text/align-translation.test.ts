import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignTranslation, moveAlignmentBoundary, type Span } from "@/lib/text/align-translation";
import { buildLesson } from "@/lib/text/build-lesson";
import { splitEnglishSentences } from "@/lib/text/split-english";

const dir = path.join(__dirname, "../../fixtures/parallel");
const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");

// Written for this test (not used to design the aligner's rules): a regular press conference in
// the foreign ministry's style, and an English version as its translators write them: the title
// kept, two 2:1 merges (贸易战…/保护主义…; the two-part question), two 1:2 splits and one Chinese
// sentence left untranslated (这一点毋庸置疑).
const GOLD: (Span | null)[] = [
  [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [7, 8], [8, 10], [10, 11], [11, 12], [12, 13],
  [13, 14], null, [14, 16], [16, 17], [17, 18], [17, 18], [18, 19], [19, 20], [20, 21], [21, 22], [22, 23],
];

describe("alignTranslation on a press conference with merges, splits and an omission", () => {
  const draft = buildLesson(read("regular-press-conference.zh.txt"));
  const result = alignTranslation(draft.sentences, read("regular-press-conference.en.txt"));

  it("has at least 20 sentence pairs and finds nearly all of them", () => {
    expect(draft.sentences).toHaveLength(GOLD.length);
    expect(result.english).toHaveLength(23);
    const correct = GOLD.filter((g, i) => JSON.stringify(g) === JSON.stringify(result.spans[i])).length;
    const accuracy = correct / GOLD.length;
    console.info(`alignment accuracy: ${correct}/${GOLD.length} = ${(accuracy * 100).toFixed(1)}%`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("gives both sentences of a 2:1 merge the same English, and joins a 1:2 split", () => {
    expect(result.translations[6]).toBe(result.translations[7]);
    expect(result.translations[6]).toMatch(/^There is no winner in a trade war/);
    expect(result.translations[8]).toMatch(/^We urge the US .* all countries in the world\.$/);
  });

  it("leaves the English title unmatched (the Chinese pipeline takes it as the title)", () => {
    expect(result.unmatchedEnglish).toContain(0);
  });

  it("aligns by anchors when lengths say nothing: swapped numbers follow their sentence", () => {
    const zh = [{ text: "2019年增长了6%。" }, { text: "2020年增长了2%。" }];
    const en = ["In 2019 it grew by 6%.", "In 2020 it grew by 2%."];
    expect(alignTranslation(zh, en).spans).toEqual([[0, 1], [1, 2]]);
  });

  it("returns nulls without English, and without Chinese", () => {
    expect(alignTranslation([{ text: "你好。" }], "").translations).toEqual([null]);
    expect(alignTranslation([], "Hello.").unmatchedEnglish).toEqual([0]);
  });
});

describe("splitEnglishSentences", () => {
  it("does not split after titles, initials or decimals, and drops speaker labels", () => {
    expect(splitEnglishSentences("Mao Ning: Mr. Wang met U.S. officials. Trade grew 7.8 percent! Why?")).toEqual([
      "Mr. Wang met U.S. officials.",
      "Trade grew 7.8 percent!",
      "Why?",
    ]);
  });
  it("joins a hard-wrapped line and keeps paragraphs apart", () => {
    expect(splitEnglishSentences("We urge the US to stop\npoliticizing trade.\nThank you")).toEqual(["We urge the US to stop politicizing trade.", "Thank you"]);
  });
});

describe("moveAlignmentBoundary", () => {
  const spans: (Span | null)[] = [[0, 1], [1, 3], null, [3, 4]];
  it("pulls the next sentence's first English sentence up, and pushes the last one down", () => {
    expect(moveAlignmentBoundary(spans, 0, 1, 4)).toEqual([[0, 2], [2, 3], null, [3, 4]]);
    expect(moveAlignmentBoundary(spans, 0, -1, 4)).toEqual([null, [0, 3], null, [3, 4]]);
  });
  it("splits a shared 2:1 span, and refuses a move with nothing to move", () => {
    expect(moveAlignmentBoundary([[0, 2], [0, 2]], 0, -1, 2)).toEqual([[0, 1], [1, 2]]);
    expect(typeof moveAlignmentBoundary([[0, 1], [0, 1]], 0, 1, 1)).toBe("string");
    expect(typeof moveAlignmentBoundary(spans, 3, 1, 4)).toBe("string");
    expect(typeof moveAlignmentBoundary(spans, 1, 1, 4)).toBe("string");
  });
  it("lends an English sentence nobody took", () => {
    expect(moveAlignmentBoundary([[0, 1], null], 0, 1, 2)).toEqual([[0, 2], null]);
  });
});
