import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Converter } from "opencc-js";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";

// Traditional input is analysed as well as simplified (issue 13): the same text converted to
// traditional characters (OpenCC, Taiwan and Hong Kong forms) must give the same lesson but for the
// characters: speakers and turns, datelines, dropped lines, and every token's reading, gloss and kind.

const FIXTURES = path.join(process.cwd(), "tests", "fixtures");
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), "utf8");

/** The lesson without its characters: what must not depend on the script. */
function shape(d: LessonDraft) {
  return {
    sentences: d.sentences.map((s) => ({ role: s.role, paragraph: s.paragraph, tokens: s.tokens.map((t) => [t.pinyin, t.gloss, t.kind, [...t.text].length]) })),
    speakers: d.sentences.map((s) => (s.speaker ? [...s.speaker].length : 0)),
    dropped: d.dropped.map((x) => x.reason),
    dateline: d.dateline === null,
  };
}

beforeAll(() => void getSegmenter(), 60_000);

describe.each([
  ["Taiwan", Converter({ from: "cn", to: "tw" })],
  ["Hong Kong", Converter({ from: "cn", to: "hk" })],
])("a text converted to traditional (%s forms)", (_, toTraditional) => {
  it.each(["genres/mfa-briefing.txt", "genres/heldout2-tech-briefing.txt", "qa/school.txt", "qa/travel.txt", "qa/chat.txt", "genres/web-page-paste.txt"])("%s gives the same lesson", (file) => {
    const simplified = read(file);
    const traditional = toTraditional(simplified);
    expect(traditional).not.toBe(simplified);
    const lesson = buildLesson(traditional);
    expect(lesson.script).toBe("traditional");
    expect(shape(lesson)).toEqual(shape(buildLesson(simplified)));
  });
});

describe("traditional transcripts", () => {
  it("keep their speaker labels as written, with the turns' roles (記者 asks, 發言人 answers)", () => {
    const lesson = buildLesson("記者：中方如何看待即將舉行的峰會？\n發言人：中方願同各方一道，推動峰會取得積極成果。\n記者：第二個問題。");
    expect(lesson.sentences.map((s) => [s.speaker, s.role])).toEqual([
      ["記者", "question"],
      ["發言人", "answer"],
      ["記者", "question"],
    ]);
  });

  it("are told from simplified by any character only traditional writes, in a short text too (沒帶課本)", () => {
    expect(buildLesson("他今天沒帶課本。").script).toBe("traditional");
    // 著, 么, 乾 are written in simplified text too (著名, 什么, 乾隆).
    expect(buildLesson("什么是著名的乾隆年间？").script).toBe("simplified");
  });

  it("read a neighbour's simplified form in the context rules (沒帶課本 'to carry', as 没带课本)", () => {
    const band = buildLesson("他今天沒帶課本。").sentences[0].tokens.find((t) => t.text === "帶")!;
    expect(band.gloss).toBe(buildLesson("他今天没带课本。").sentences[0].tokens.find((t) => t.text === "带")!.gloss);
    expect(band.gloss).toMatch(/^to /);
  });
});
