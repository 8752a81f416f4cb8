// 穿着 + an object is the verb and the aspect particle (chuān zhe "wearing"), not the noun chuān zhuó
// "attire" CC-CEDICT has (lib/text/aspect-cuts.ts); the noun and other zhuó words stay.
import { describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";

const tokens = (sentence: string) => buildLesson(sentence).sentences.flatMap((s) => s.tokens).filter((t) => t.kind !== "punct");
const words = (sentence: string) => tokens(sentence).map((t) => t.text);
const reading = (sentence: string, text: string) => tokens(sentence).find((t) => t.text === text)?.pinyin;

describe("a verb and 着 CC-CEDICT only has as a zhuó noun or adjective", () => {
  it("is the verb and zhe before an object", () => {
    for (const sentence of ["她穿着一件红裙子。", "他穿着西装去上班。", "孩子们穿着红色的校服。", "他穿着它出门了。"]) {
      expect(words(sentence), sentence).toContain("穿");
      expect(reading(sentence, "着"), sentence).toBe("zhe");
    }
    expect(tokens("她穿着一件红裙子。").find((t) => t.text === "穿")?.gloss).toMatch(/^to wear/);
  });

  it("stays whole as a noun, after 的, before no object, or as a verb of its own (counter-cases)", () => {
    expect(reading("她的穿着很朴素。", "穿着")).toBe("chuān zhuó");
    expect(reading("她的穿着风格很特别。", "穿着")).toBe("chuān zhuó"); // after 的: the noun, though a noun follows
    expect(reading("他沉着冷静地应对。", "沉着")).toBe("chén zhuó"); // an adjective and then no noun
    expect(reading("为了提高光刻胶的附着能力。", "附着")).toBe("fù zhuó"); // 附着 "to adhere" is a verb itself
    expect(reading("细菌附着在表面。", "附着")).toBe("fù zhuó");
  });
});
