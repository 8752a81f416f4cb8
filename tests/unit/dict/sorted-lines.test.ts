import { describe, expect, it } from "vitest";
import { SortedLines, sortLines } from "@/lib/dict/sorted-lines";
import { compiledBytes } from "@/lib/dict/compiled";

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
    expect(lines.find("\ud842")).toEqual([]); // a lone surrogate: no key, no error
    expect(lines.find("中华")).toEqual([]);
    expect(lines.find("")).toEqual([]);
    expect(lines.has("中国人")).toBe(true);
    expect(lines.has("国")).toBe(false);
  });

  it("lists the lines whose key starts with a prefix, the key itself included, and no other", () => {
    expect(lines.withPrefix("中")).toEqual([["中", "B"], ["中", "D"], ["中国", "A"], ["中国人", "C"]]);
    expect(lines.withPrefix("中国")).toEqual([["中国", "A"], ["中国人", "C"]]);
    expect(lines.withPrefix("国")).toEqual([]);
    expect(lines.withPrefix("𠮷")).toEqual([["𠮷", "E"]]);
  });

  it("lists each key once, in order", () => {
    expect([...lines.keys()]).toEqual(["abc", "中", "中国", "中国人", "ｚ", "𠮷"]);
  });

  it("answers the same once it has indexed its lines (after many look-ups), on a real dictionary", () => {
    const lines = ["中国\tA", "中\tB", "中国人\tC", "中\tD", "𠮷\tE", "abc\tF", "ｚ\tG", "a\tH", "ab\tI", "\tJ", "é\tK", "中é𠮷\tL"];
    for (let i = 0; i < 2000; i++) lines.push(`词${i}\t${i}`, `${String.fromCharCode(0x9000 + i)}\t${i}`);
    const text = sortLines(lines, "\t");
    const probes = ["中", "中国", "中国人", "𠮷", "abc", "ab", "a", "abcd", "ｚ", "中华", "", "词1", "词19", "词1999", "词2000", "一", "丁", "\uffff", "\u0001", "é", "中é𠮷", "中é"];
    const fresh = () => new SortedLines(Buffer.from(text, "utf8"), "\t");
    const before = fresh();
    const expected = probes.map((p) => [before.find(p), before.has(p), before.firstWithPrefix(p)]);
    const indexed = fresh();
    for (let i = 0; i < 300; i++) indexed.has(`词${i}`); // past the look-ups after which it indexes
    expect(probes.map((p) => [indexed.find(p), indexed.has(p), indexed.firstWithPrefix(p)])).toEqual(expected);
    expect(indexed.find("中")).toEqual(["B", "D"]);
    expect(indexed.find("词1999")).toEqual(["1999"]);
    expect(indexed.find("中é𠮷")).toEqual(["L"]);
    expect(before.find("é")).toEqual(["K"]);
    for (let i = 0; i < 2000; i += 97) expect(indexed.find(String.fromCharCode(0x9000 + i))).toEqual([String(i)]);
  });

  it("on the compiled CC-CEDICT, indexed look-ups find what unindexed ones find", () => {
    const bytes = compiledBytes("cedict");
    const plain = new SortedLines(bytes, "\t");
    const keys = [...plain.keys()].filter((_, i) => i % 251 === 0);
    const probes = [...keys, ...keys.map((k) => k + "的"), ...keys.map((k) => k.slice(0, -1)), "𠮷", "", "zzz"];
    // Unindexed: a fresh instance per 200 look-ups (it indexes after 256).
    const expected: string[][] = [];
    for (let i = 0; i < probes.length; i += 200) {
      const unindexed = new SortedLines(bytes, "\t");
      expected.push(...probes.slice(i, i + 200).map((k) => unindexed.find(k)));
    }
    const indexed = new SortedLines(bytes, "\t");
    const got = probes.map((k) => indexed.find(k));
    expect(got).toEqual(expected);
    for (let i = 0; i < keys.length; i++) expect(got[i].length).toBeGreaterThan(0);
  });
});
