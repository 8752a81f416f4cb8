import { describe, expect, it } from "vitest";
import { hsk2Level, hsk3Level } from "@/lib/dict/hsk";

describe("HSK levels", () => {
  it("knows both standards", () => {
    expect(hsk3Level("爱好")).toBe(1);
    expect(hsk2Level("爱")).toBe(1);
    expect(hsk3Level("不存在的词语")).toBeNull();
  });

  it("uses 7 for HSK 3.0 levels 7–9", () => {
    const levels = ["一如既往", "委员"].map(hsk3Level);
    expect(levels).toContain(7);
  });
});
