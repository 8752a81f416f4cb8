// Everyday polyphones in sentences of our own (tests/fixtures/qa/polyphones-qa8.tsv): each reading
// the pipeline gives now, kept. The reading of the character at its first occurrence in the sentence.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";

const rows = fs
  .readFileSync(path.join(process.cwd(), "tests", "fixtures", "qa", "polyphones-qa8.tsv"), "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split("\t") as [string, string, string]);

function readingOf(sentence: string, ch: string): string | undefined {
  const at = sentence.indexOf(ch);
  let offset = 0;
  for (const t of buildLesson(sentence).sentences.flatMap((s) => s.tokens)) {
    if (at < offset + t.text.length) return t.pinyin?.split(" ")[at - offset];
    offset += t.text.length;
  }
  return undefined;
}

describe("everyday polyphones (qa8)", () => {
  it("has the sentences", () => {
    expect(rows.length).toBeGreaterThanOrEqual(102);
  });

  for (const [sentence, ch, reading] of rows) {
    it(`${ch} ${reading} in ${sentence}`, () => {
      expect(readingOf(sentence, ch)).toBe(reading);
    });
  }
});
