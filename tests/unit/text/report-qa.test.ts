import { describe, expect, it } from "vitest";
import { glossOf, lessonTokens } from "../../support/lesson-tokens";

// Found reading a work-report and MFA paragraph of our own (eighteenth session).

const texts = (text: string) => lessonTokens(text).map((t) => t.text);

describe("a work report", () => {
  it("keeps a word of the segmenter's dictionary ending in the suffix 感 whole (紧迫感), glossed 'sense (of)'", () => {
    expect(texts("以时不我待的紧迫感抓好工作。")).toContain("紧迫感");
    expect(glossOf("以时不我待的紧迫感抓好工作。", "紧迫感")).toBe("pressing + sense (of); feeling");
    // The verb 感 "to feel" in words of its own stays (深感, 感兴趣).
    expect(texts("我深感荣幸。")).toContain("深感");
    expect(texts("他对这个话题很感兴趣。").join("|")).toMatch(/感兴趣/);
  });

  it("marks the set phrases and idioms of the register (迎难而上, 以邻为壑, 行稳致远)", () => {
    const tokens = lessonTokens("各国应当同舟共济，而不是以邻为壑、零和博弈，推动共建“一带一路”行稳致远。");
    const kind = (w: string) => tokens.find((t) => t.text === w)?.kind;
    expect(kind("同舟共济")).toBe("idiom");
    expect(kind("以邻为壑")).toBe("idiom");
    expect(kind("零和博弈")).toBe("phrase");
    expect(kind("行稳致远")).toBe("idiom");
  });
});
