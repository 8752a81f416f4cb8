import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { assertLessonText } from "@/lib/text/decode-input";
import { getSegmenter } from "@/lib/text/segment";
import { isPinyinLine } from "@/lib/text/pinyin-lines";

// A textbook paste with a pinyin line over each line of characters (sixth session): refused as
// "not Chinese" (fewer than 30 % Han letters) before.

const TEXTBOOK = "Nǐ hǎo! Wǒ jiào Lǐ Míng.\n你好！我叫李明。\nWǒ shì Zhōngguó rén.\n我是中国人。\nHěn gāoxìng rènshi nǐ.\n很高兴认识你。\n";

beforeAll(() => void getSegmenter(), 60_000);

describe("pinyin lines in a paste", () => {
  it("are dropped and reported; the characters make the lesson", () => {
    expect(assertLessonText(TEXTBOOK)).toBe(TEXTBOOK.trim());
    const lesson = buildLesson(TEXTBOOK);
    expect(lesson.sentences.map((s) => s.text)).toEqual(["你好！", "我叫李明。", "我是中国人。", "很高兴认识你。"]);
    expect(lesson.dropped.filter((d) => d.reason === "pinyin line")).toHaveLength(3);
  });

  it("are told by tone marks or numbers on most words (counter-cases: English, a loanword)", () => {
    expect(isPinyinLine("ni3 hao3, wo3 jiao4 Li3 Ming2")).toBe(true);
    expect(isPinyinLine("Wǒmen de lǎoshī hěn hǎo.")).toBe(true);
    expect(isPinyinLine("I am a student.")).toBe(false);
    expect(isPinyinLine("Café au lait, please.")).toBe(false);
    expect(isPinyinLine("CGTN 记者")).toBe(false);
    expect(() => assertLessonText("This is an English paragraph with a few words.\n你好")).toThrow(/Chinese/);
  });
});
