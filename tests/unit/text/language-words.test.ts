import { describe, expect, it } from "vitest";
import { tokenKind } from "@/lib/text/token-kind";
import { jiebaTag } from "@/lib/text/segment";
import { lessonTokens } from "../../support/lesson-tokens";

// CC-CEDICT writes languages, religions, currencies and the like with capitals (Han4 yu3), which
// made them names: kept out of the study list, word statuses and the HSK profile.
const kind = (word: string) => tokenKind(word, jiebaTag(word), null);

describe("capitalised words that are vocabulary, not names", () => {
  it.each([["汉语"], ["中文"], ["英语"], ["德语"], ["粤语"], ["拉丁语"], ["汉藏语系"]])("%s, a language, is a word", (word) => {
    expect(kind(word)).toBe("word");
  });

  it.each([["西方"], ["互联网"], ["京剧"], ["佛教"], ["美金"], ["摄氏度"], ["华人"]])("%s, in the HSK lists and no person, place or organisation by its tag, is a word", (word) => {
    expect(kind(word)).toBe("word");
  });

  it.each([["北京"], ["中国"], ["联合国"], ["长城"], ["潮汕"], ["佛兰德"], ["王毅"]])("%s stays a name", (word) => {
    expect(kind(word)).toBe("name");
  });

  it("counts 汉语 in a lesson's vocabulary", () => {
    expect(lessonTokens("我在学汉语和中文。").filter((t) => t.kind === "word").map((t) => t.text)).toEqual(expect.arrayContaining(["汉语", "中文"]));
  });
});
