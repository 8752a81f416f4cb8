import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { lessonScript, tokenInScript } from "@/components/reader/lesson-script";

const find = <T extends { text: string }>(tokens: T[], text: string): T => tokens.find((t) => t.text === text)!;

describe("the reader's script switch", () => {
  const mixed = buildLesson("外交部发言人表示，我们同各国一道推动合作。这个问题的关键在于双方能否坚持对话，发展两国关系。\n台灣記者報導，我們將持續推動經濟轉型。");
  const [simplifiedSentence, , traditionalSentence] = mixed.sentences;

  it("a simplified report quoting one traditional sentence is a simplified lesson", () => {
    expect(traditionalSentence.text).toBe("台灣記者報導，我們將持續推動經濟轉型。");
    expect(lessonScript(mixed.sentences)).toBe("simplified");
  });

  it("switched to traditional, every token shows traditional: the quoted sentence does not flip to simplified", () => {
    expect(tokenInScript(find(simplifiedSentence.tokens, "发言人"), "traditional")).toBe("發言人");
    // Already written in traditional: nothing to swap in (it used to show 记者 here).
    expect(tokenInScript(find(traditionalSentence.tokens, "記者"), "traditional")).toBeNull();
    expect(tokenInScript(find(traditionalSentence.tokens, "記者"), "simplified")).toBe("记者");
  });

  it("a traditional lesson switches to simplified", () => {
    const lesson = buildLesson("中華人民共和國外交部發言人表示，我們願同各國一道推動經濟合作。");
    expect(lessonScript(lesson.sentences)).toBe("traditional");
    expect(tokenInScript(find(lesson.sentences[0].tokens, "發言人"), "simplified")).toBe("发言人");
    expect(tokenInScript(find(lesson.sentences[0].tokens, "發言人"), "traditional")).toBeNull();
  });

  it("a simplified lesson without traditional-only characters stays simplified", () => {
    expect(lessonScript(buildLesson("我们去北京。").sentences)).toBe("simplified");
  });
});
