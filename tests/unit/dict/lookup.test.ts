import { describe, expect, it } from "vitest";
import { lookupWord } from "@/lib/dict/lookup";
import { glossaryEntry } from "@/lib/dict/glossary";

describe("lookupWord", () => {
  it("returns the full entry with HSK levels", () => {
    const w = lookupWord("提问");
    expect(w).toMatchObject({ text: "提问", traditional: "提問", pinyin: "tí wèn", hsk3: 3, glossary: null });
    expect(w.definitions).toEqual(["to question; to quiz; to grill"]);
    expect(lookupWord("作为").definitions.length).toBeGreaterThan(5);
  });

  it("lists the reading asked for first, then the others", () => {
    const w = lookupWord("长", "cháng");
    expect(w.pinyin).toBe("cháng");
    expect(w.definitions[0]).toBe("long");
    expect(w.definitions.some((d) => d.startsWith("[zhǎng]"))).toBe(true);
  });

  it("includes the glossary entry for diplomatic terms", () => {
    const w = lookupWord("人类命运共同体");
    expect(w.glossary?.id).toBe(glossaryEntry("人类命运共同体")!.id);
    expect(w.definitions[0]).toBe(w.glossary!.english);
    expect(w.pinyin).toBe("rén lèi mìng yùn gòng tóng tǐ");
  });

  it("returns an empty entry for unknown text", () => {
    expect(lookupWord("䶵䶵")).toMatchObject({ definitions: [], traditional: null, hsk3: null, glossary: null });
  });
});
