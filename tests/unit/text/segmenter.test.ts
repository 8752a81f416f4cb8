import fs from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { describe, expect, it } from "vitest";
import { getSegmenter } from "@/lib/text/segment";
import { dictionaryWithin } from "@/lib/text/segmenter";

// A short text is cut with a dictionary of only its own words (lib/text/segmenter.ts). That is
// right only if every sentence comes out exactly as the whole dictionary cuts it: compared here on
// every sentence of the fixtures, each text with its own small dictionary.

const FIXTURES = path.join(process.cwd(), "tests", "fixtures");

function texts(): [string, string][] {
  const files = [
    path.join(FIXTURES, "wang-yi-press-conference-2025-03-07.txt"),
    ...fs.readdirSync(path.join(FIXTURES, "genres")).filter((f) => f.endsWith(".txt")).map((f) => path.join(FIXTURES, "genres", f)),
  ];
  return files.map((f) => [path.basename(f), fs.readFileSync(f, "utf8")]);
}

describe("a segmenter of the text's own words", () => {
  it("cuts every sentence exactly as the whole dictionary does", () => {
    const full = getSegmenter();
    let sentences = 0;
    for (const [name, text] of texts()) {
      const small = Jieba.withDict(Buffer.from(dictionaryWithin(text), "utf8"));
      for (const sentence of text.split(/(?<=[。！？；\n])/)) {
        if (!sentence.trim()) continue;
        expect(small.cut(sentence, false), `${name}: ${sentence}`).toEqual(full.cut(sentence, false));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(150);
  }, 60_000);

  it("needs the total frequency: without the filler word some cuts change", () => {
    const full = getSegmenter();
    const [, text] = texts()[0];
    const withoutFiller = dictionaryWithin(text).split("\n").slice(0, -1).join("\n");
    const small = Jieba.withDict(Buffer.from(withoutFiller, "utf8"));
    const differ = text.split(/(?<=[。！？；\n])/).filter((s) => s.trim() && small.cut(s, false).join("|") !== full.cut(s, false).join("|"));
    expect(differ.length).toBeGreaterThan(0);
  }, 60_000);
});
