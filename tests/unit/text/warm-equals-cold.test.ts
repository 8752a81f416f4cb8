import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { splitSentences } from "@/lib/text/split-sentences";
import { remarkSegment } from "@/lib/text/word-memo";

// pinyinForTokens keeps a reading per word on the word's memo (word-memo.ts) so that later
// occurrences skip the rules of context: a word of one reading, and a character CC-CEDICT reads one
// way that the model does not choose for (是 shì). Those readings must be the ones the rules give
// in every place, or a lesson would depend on which sentences came before. The same segments
// without memos (copies with the same marks) send every token through every rule: the readings
// must be the same.

function sentences(): string[] {
  const out: string[] = [];
  for (const dir of ["tests/fixtures/genres", "tests/fixtures/texts", "tests/fixtures/qa"]) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const lines = fs.readFileSync(path.join(dir, file), "utf8").split("\n");
      out.push(...lines.flatMap((l) => splitSentences(l.trim())).filter((s) => /\p{Script=Han}/u.test(s)));
    }
  }
  for (const line of fs.readFileSync("tests/fixtures/heldout/polyphones-dev.tsv", "utf8").split("\n")) {
    const sentence = line.split("\t").pop()?.replace(/\u2581/g, "").trim();
    if (sentence) out.push(sentence);
  }
  return out;
}

describe("readings kept per word", () => {
  it("are the readings every rule gives in each place", () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(2000);
    for (const s of all) {
      const segs = segmentSentence(s);
      const words = segs.map((seg) => seg.text);
      pinyinForTokens(s, words, segs); // the memos filled
      const bare = segs.map((seg) => remarkSegment(seg, seg.tag, {}));
      expect(pinyinForTokens(s, words, segs), s).toEqual(pinyinForTokens(s, words, bare));
    }
  }, 120_000);
});
