import { describe, expect, it } from "vitest";
import { segmentSentence } from "@/lib/text/segment";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { remarkSegment } from "@/lib/text/word-memo";
import { fixtureSentences } from "../../support/fixture-sentences";

// pinyinForTokens keeps a reading per word on the word's memo (word-memo.ts) so that later
// occurrences skip the rules of context: a word of one reading, and a character CC-CEDICT reads one
// way that the model does not choose for (是 shì). Those readings must be the ones the rules give
// in every place, or a lesson would depend on which sentences came before. The same segments
// without memos (copies with the same marks) send every token through every rule: the readings
// must be the same.

describe("readings kept per word", () => {
  it("are the readings every rule gives in each place", () => {
    const all = fixtureSentences();
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
