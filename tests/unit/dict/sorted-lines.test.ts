import { describe, expect, it } from "vitest";
import { SortedLines, sortLines } from "@/lib/dict/sorted-lines";

describe("SortedLines", () => {
  const text = sortLines(["中国\tA", "中\tB", "中国人\tC", "中\tD", "𠮷\tE", "abc\tF", "ｚ\tG"], "\t");
  const lines = new SortedLines(Buffer.from(text, "utf8"), "\t");

  it("finds every line of a key, and only that key (not a longer or shorter one)", () => {
    expect(lines.find("中")).toEqual(["B", "D"]);
    expect(lines.find("中国")).toEqual(["A"]);
    expect(lines.find("中国人")).toEqual(["C"]);
    expect(lines.find("𠮷")).toEqual(["E"]);
    expect(lines.find("abc")).toEqual(["F"]);
    expect(lines.find("ｚ")).toEqual(["G"]);
    expect(lines.find("中华")).toEqual([]);
    expect(lines.find("")).toEqual([]);
    expect(lines.has("中国人")).toBe(true);
    expect(lines.has("国")).toBe(false);
  });

  it("lists each key once, in order", () => {
    expect([...lines.keys()]).toEqual(["abc", "中", "中国", "中国人", "ｚ", "𠮷"]);
  });
});
