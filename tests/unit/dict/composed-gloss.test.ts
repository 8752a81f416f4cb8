import { describe, expect, it } from "vitest";
import { composedGloss } from "@/lib/dict/composed-gloss";

describe("composedGloss", () => {
  it("glosses a compound CC-CEDICT lacks from its dictionary words", () => {
    expect(composedGloss("经济增长")).toBe("economy + to grow");
  });

  it("gives nothing for single characters, single-character parts or unknown parts", () => {
    expect(composedGloss("中")).toBeNull();
    expect(composedGloss("何种")).toBeNull();
    expect(composedGloss("䶵䶵")).toBeNull();
  });
});
