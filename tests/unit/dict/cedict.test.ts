import { describe, expect, it } from "vitest";
import { cedictEntries, entryForReading, isCedictIdiom, preferredEntry, readableSense, shortGloss } from "@/lib/dict/cedict";
import { markPinyin, markSyllable } from "@/lib/text/pinyin-syllables";

describe("pinyin marks", () => {
  it("places tone marks by the standard rules", () => {
    expect(markPinyin("wai4 jiao1 bu4 zhang3")).toBe("wài jiāo bù zhǎng");
    expect(markPinyin("lu:4 nu:3")).toBe("lǜ nǚ");
    expect(markPinyin("gou3 liu2 shui3")).toBe("gǒu liú shuǐ");
    expect(markPinyin("de5 r5")).toBe("de r");
    expect(markSyllable("Zhong1")).toBe("zhōng");
    expect(markPinyin("san1 D")).toBeNull();
  });
});

describe("CC-CEDICT", () => {
  it("finds entries with traditional forms and marked pinyin", () => {
    const [e] = cedictEntries("外交部长");
    expect(e).toMatchObject({ traditional: "外交部長", pinyin: "wài jiāo bù zhǎng", capitalised: false });
  });

  it("prefers the common reading over surnames and variants", () => {
    expect(preferredEntry(cedictEntries("都"))?.pinyin).toBe("dōu");
    expect(preferredEntry(cedictEntries("和"))?.pinyin).toBe("hé");
    expect(entryForReading(cedictEntries("长"), "cháng")?.definitions[0]).toBe("long");
  });

  it("keeps a short gloss without classifiers or surname noise", () => {
    const gloss = shortGloss(preferredEntry(cedictEntries("和"))!)!;
    expect(gloss).not.toMatch(/surname|variant|CL:/);
    expect(gloss.split("; ").length).toBeGreaterThanOrEqual(1);
    expect(shortGloss(cedictEntries("部长")[0])).toBe("head of a (government etc) department; section chief; section head");
  });

  it("turns cross-references into plain text", () => {
    expect(readableSense("abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3]")).toBe("abbr. for 中国共产党");
    expect(readableSense("see 拜拜[bai2 bai2]")).toBe("see 拜拜");
  });

  it("recognises idioms", () => {
    expect(isCedictIdiom(cedictEntries("一丘之貉")[0])).toBe(true);
    expect(isCedictIdiom(cedictEntries("部长")[0])).toBe(false);
  });
});
