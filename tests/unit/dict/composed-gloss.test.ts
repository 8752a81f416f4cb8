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

  it("negates the whole word after 不 (不负责任 'not + to take responsibility', not 不负 'to live up to' + 责任)", () => {
    expect(composedGloss("不负责任")).toBe("not + to take responsibility");
    expect(composedGloss("不诚实")).toBe("not + honest");
    // Without a word after 不 (少人 is none) nothing is negated: 不少 + 人 has a one-character part.
    expect(composedGloss("不少人")).toBeNull();
  });
});
