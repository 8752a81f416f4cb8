import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";

// Speaker labels in the other forms transcripts use (sixth session): a name or role in parentheses
// after the label, and labels in lenticular brackets.

const turns = (text: string) => buildLesson(text).sentences.map((s) => [s.speaker, s.role, s.text]);

beforeAll(() => void getSegmenter(), 60_000);

describe("speaker labels", () => {
  it("take a parenthesis with a name or role (主持人（李华）：, 张三（外交部发言人）：)", () => {
    expect(turns("主持人（李华）：欢迎各位收看今天的节目。\n张教授：谢谢主持人。\n主持人（李华）：您怎么看？\n张教授：我比较乐观。")).toEqual([
      ["主持人（李华）", "question", "欢迎各位收看今天的节目。"],
      ["张教授", "answer", "谢谢主持人。"],
      ["主持人（李华）", "question", "您怎么看？"],
      ["张教授", "answer", "我比较乐观。"],
    ]);
    expect(turns("记者：请问中方如何评价？\n毛宁（外交部发言人）：我们一贯支持对话。")[1].slice(0, 2)).toEqual(["毛宁（外交部发言人）", "answer"]);
  });

  it("are read inside 【】", () => {
    expect(turns("【记者】请问中方对此有何评论？\n【发言人】中方的立场是一贯的。\n【记者】谢谢。").map((t) => t.slice(0, 2))).toEqual([
      ["记者", "question"],
      ["发言人", "answer"],
      ["记者", "question"],
    ]);
  });

  it("leave a bracketed lead or a parenthesis in running text alone (counter-cases)", () => {
    const lead = buildLesson("【环球时报综合报道】据报道，多国代表出席了会议。会议持续了两天。");
    expect(lead.sentences.every((s) => s.speaker === null)).toBe(true);
    expect(lead.sentences[0].text.startsWith("【环球时报综合报道】")).toBe(true);
    const aside = buildLesson("他（张三）说：我们明天出发。\n大家都同意了。");
    expect(aside.sentences.every((s) => s.speaker === null)).toBe(true);
  });

  it("come from a chat log's sender-and-time lines (张伟 2024-03-01 10:23, 李娜 下午3:05)", () => {
    const lesson = buildLesson("张伟 2024-03-01 10:23\n今天下午开会吗？\n李娜 2024-03-01 10:25\n开，三点在三楼会议室。\n张伟 下午3:05\n好的，我准时到。");
    expect(lesson.sentences.map((s) => [s.speaker, s.text])).toEqual([
      ["张伟", "今天下午开会吗？"],
      ["李娜", "开，三点在三楼会议室。"],
      ["张伟", "好的，我准时到。"],
    ]);
    expect(lesson.dropped.map((d) => d.reason)).toContain("timestamps");
  });

  it("leave a schedule of times alone (no message under each line)", () => {
    const lesson = buildLesson("会议日程如下。\n开幕式 9:00\n主旨演讲 9:30\n茶歇 10:30\n欢迎各位参加。");
    expect(lesson.sentences.every((s) => s.speaker === null)).toBe(true);
    expect(lesson.sentences.map((s) => s.text).join("")).toContain("开幕式");
  });
});


describe("datelines", () => {
  it("may leave the month out (新华社北京7日电), in traditional text too (中央社記者…台北1日電)", () => {
    const cna = buildLesson("外交部長出訪友邦 強化雙邊合作\n（中央社記者王大明台北1日電）外交部今天宣布，部長將於下週出訪。\n（編輯：李小華）1140301\n");
    expect(cna.title).toBe("外交部長出訪友邦強化雙邊合作");
    expect(cna.dateline).toBe("（中央社記者王大明台北1日電）");
    expect(cna.sentences[0].text).toBe("外交部今天宣布，部長將於下週出訪。");
    expect(buildLesson("新华社北京7日电 国务院今天召开常务会议。会议讨论了有关问题。").dateline).toBe("新华社北京7日电");
  });

  it("may have no date at all (本报讯, 【明報專訊】)", () => {
    expect(buildLesson("本报讯 昨天下午，市政府召开新闻发布会。").dateline).toBe("本报讯");
    const hk = buildLesson("【明報專訊】特區政府昨日宣布，將於下月推出新一輪消費券計劃。");
    expect(hk.dateline).toBe("【明報專訊】");
    expect(hk.sentences[0].text.startsWith("特區政府")).toBe(true);
    expect(buildLesson("新闻网讯息显示，会议将在下周举行。").dateline).toBeNull();
  });

  it("are not 电话 or 电视 after a date (counter-case)", () => {
    const lesson = buildLesson("该报社10日电话采访了他。他表示同意。");
    expect(lesson.dateline).toBeNull();
    expect(lesson.sentences[0].text).toBe("该报社10日电话采访了他。");
  });
});
