import { describe, expect, it } from "vitest";
import { lexiconWords, readLexicon } from "@/lib/dict/lexicon-file";

describe("lexiconWords", () => {
  it("reads the word before the tab on lines ended by CR, LF or CRLF, after a BOM", () => {
    expect(lexiconWords("\uFEFF中国\t1932582\r北京\t1119506\n美国\t864762\r\n医院\t562296")).toEqual(["中国", "北京", "美国", "医院"]);
  });

  it("keeps a line without a frequency, trims spaces, and skips blank lines", () => {
    expect(lexiconWords(" 行稳致远 \r\r\n\t5\n小院高墙\t\t3\n")).toEqual(["行稳致远", "小院高墙"]);
  });

  it("reads the shipped lists whole (their lines end with a lone CR)", () => {
    const places = readLexicon("THUOCL_diming.txt");
    expect(places.length).toBeGreaterThan(40_000);
    expect(places.slice(0, 3)).toEqual(["中国", "北京", "美国"]);
    expect(places.every((w) => !/[\t\r\n]/.test(w) && w.length > 0)).toBe(true);
  });
});
