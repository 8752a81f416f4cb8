import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { clearBoundedMaps } from "@/lib/text/bounded-map";
import { commonWords } from "@/lib/text/segmenter";
import { DEFAULT_WARM_WORDS, vocabularyTexts, warmUpVocabulary, warmWordsSetting } from "@/lib/server/jobs/warm-up";

// The builder thread works out the commonest words before texts ask for them (warm-up.ts). That is
// only sound if every cache it fills holds answers that do not depend on the text a word came in.

const GENRES = path.resolve(import.meta.dirname, "../fixtures/genres");

describe("the vocabulary warm-up", () => {
  it("takes the dictionary's commonest all-Han words, most frequent first", () => {
    const top = commonWords(2000);
    expect(top).toHaveLength(2000);
    expect(top.slice(0, 20)).toEqual(expect.arrayContaining(["的", "了", "是", "在", "我"]));
    expect(top.every((w) => /^\p{Script=Han}+$/u.test(w))).toBe(true);
    expect(new Set(top).size).toBe(top.length);
    // A common word comes before a rare one of the same dictionary.
    expect(top.indexOf("中国")).toBeGreaterThanOrEqual(0);
    expect(commonWords(20000).indexOf("饕餮")).toBe(-1);
    expect(commonWords(0)).toEqual([]);
  });

  it("sets the words out as comma lists, a dozen to a sentence, every word once", () => {
    const texts = vocabularyTexts(3000);
    expect(texts).toHaveLength(3);
    const words = texts.flatMap((t) => t.split("\n").flatMap((s) => s.replace(/。$/, "").split("，")));
    expect(words).toEqual(commonWords(3000));
    expect(texts.every((t) => t.split("\n").every((s) => s.split("，").length <= 12 && s.endsWith("。")))).toBe(true);
  });

  it("reads LESSON_WARM_WORDS, falling back on the default for anything but a whole number ≥ 0", () => {
    expect(warmWordsSetting({})).toBe(DEFAULT_WARM_WORDS);
    expect(warmWordsSetting({ LESSON_WARM_WORDS: " 500 " })).toBe(500);
    expect(warmWordsSetting({ LESSON_WARM_WORDS: "0" })).toBe(0);
    for (const bad of ["-1", "1.5", "many", ""]) expect(warmWordsSetting({ LESSON_WARM_WORDS: bad })).toBe(DEFAULT_WARM_WORDS);
  });

  it("changes no lesson: texts of several genres come out the same after it as with cold caches", () => {
    const texts = fs.readdirSync(GENRES).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(GENRES, f), "utf8"));
    expect(texts.length).toBeGreaterThan(3);
    clearBoundedMaps();
    const cold = texts.map((t) => buildLesson(t));
    clearBoundedMaps();
    expect(warmUpVocabulary(6000).texts).toBe(5);
    const warm = texts.map((t) => buildLesson(t));
    expect(warm).toEqual(cold);
  }, 60_000);
});
