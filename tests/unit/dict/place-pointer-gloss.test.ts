import { describe, expect, it } from "vitest";
import { cedictEntries, preferredEntry, shortGloss } from "@/lib/dict/cedict";
import { firstSense } from "@/lib/dict/composed-gloss";
import { glossOf } from "../../support/lesson-tokens";

// CC-CEDICT glosses many places only with a pointer to their administrative unit (四川 "see 四川省");
// the gloss follows it one step (cedict.ts shortGloss). A compound's proper-noun part is its name.

const gloss = (word: string) => shortGloss(preferredEntry(cedictEntries(word))!);

describe("a place glossed by its unit", () => {
  it.each([
    ["西安", /^Xi'an/],
    ["四川", /^Sichuan Province/],
    ["广州", /^Guangzhou/],
  ])("%s", (word, english) => {
    expect(gloss(word)).toMatch(english);
    expect(gloss(word)).not.toMatch(/^see /);
  });

  it("reads a place in a lesson by its English name", () => {
    expect(glossOf("我们一行五人乘坐高铁前往西安。", "西安")).toMatch(/^Xi'an/);
  });

  it("keeps a character that points to a word it is used in (牟 'see 牟平' is no district's name)", () => {
    expect(gloss("牟") ?? "").not.toMatch(/district/);
  });
});

describe("a proper noun inside a compound", () => {
  it("is its name without the description", () => {
    expect(firstSense("杭州")).toBe("Hangzhou");
  });

  it("keeps a list of names whole", () => {
    expect(firstSense("港澳台")).toMatch(/Macao/);
  });
});
