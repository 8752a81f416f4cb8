import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";

// A hand-written press briefing in another house style: half-width punctuation, a full-width
// colon label, a hard-wrapped answer, a 本报 dateline, a caption, a page marker and a CRLF file.
const BRIEFING = [
  "外交部发言人答记者问",
  "",
  "本报北京5月20日电（记者 陈晨） 外交部发言人今天主持例行记者会.",
  "",
  "主持人:下面开始提问.",
  "",
  "法新社记者:有报道说,双方将举行新一轮会谈.中方能否证实?",
  "",
  "发言人:中方始终主张通过对话协商解决分歧.我们愿同各方一道,",
  "为推动局势缓和发挥建设性作用.",
  "",
  "5月20日，外交部发言人主持例行记者会。",
  "本报记者 王强 摄",
  "",
  "这一立场是一贯的、明确的.",
  "(上接第2版)",
  "日本共同社记者:第二个问题,中方如何看待经济增长前景?",
  "",
  "发言人:今年一季度经济增长5.4%,这说明“中国经济长期向好”的基本面没有改变.",
].join("\r\n");

describe("buildLesson on a text it has never seen", () => {
  let lesson: LessonDraft;
  beforeAll(() => {
    lesson = buildLesson(BRIEFING);
  }, 60_000);

  it("finds title and dateline", () => {
    expect(lesson.title).toBe("外交部发言人答记者问");
    expect(lesson.dateline).toBe("本报北京5月20日电（记者陈晨）");
  });

  it("splits sentences with speakers and roles", () => {
    expect(lesson.sentences.map((s) => [s.speaker, s.role, s.text])).toEqual([
      [null, null, "外交部发言人今天主持例行记者会。"],
      ["主持人", "question", "下面开始提问。"],
      ["法新社记者", "question", "有报道说，双方将举行新一轮会谈。"],
      ["法新社记者", "question", "中方能否证实？"],
      ["发言人", "answer", "中方始终主张通过对话协商解决分歧。"],
      ["发言人", "answer", "我们愿同各方一道，为推动局势缓和发挥建设性作用。"],
      ["发言人", "answer", "这一立场是一贯的、明确的。"],
      ["日本共同社记者", "question", "第二个问题，中方如何看待经济增长前景？"],
      ["发言人", "answer", "今年一季度经济增长5.4%，这说明“中国经济长期向好”的基本面没有改变。"],
    ]);
    expect(lesson.dropped.map((d) => d.reason)).toEqual(["photo caption", "photo credit", "page marker"]);
  });

  it("reads polyphones in this text correctly", () => {
    const tokens = lesson.sentences.flatMap((s) => s.tokens);
    const reading = (text: string) => tokens.find((t) => t.text === text)?.pinyin;
    expect(reading("长期")).toBe("cháng qī");
    expect(tokens.find((t) => t.text === "5.4%")?.kind).toBe("number");
    for (const s of lesson.sentences) expect(s.tokens.map((t) => t.text).join("")).toBe(s.text);
  });

  it("uses the given title and falls back to the first sentence", () => {
    expect(buildLesson(BRIEFING, { title: " 例行记者会 " }).title).toBe("例行记者会");
    expect(buildLesson("中国经济长期向好的基本面没有改变，发展韧性强。").title).toBe("中国经济长期向好的基本面没有改变，发展韧性强。");
  });
});
