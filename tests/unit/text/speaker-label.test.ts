import { describe, expect, it } from "vitest";
import { looksLikeSpeaker, speakerLabel } from "@/lib/text/speaker-label";
import { detectStructure } from "@/lib/text/detect-structure";

describe("speaker labels", () => {
  it("accepts names, roles, outlet + 记者, 问/答 and 主持人", () => {
    for (const l of ["王毅", "毛宁", "欧阳明", "谢尔盖·拉夫罗夫", "问", "答", "Q", "主持人", "塔斯社记者", "CGTN 记者", "外交部发言人", "外交部长王毅", "王毅外长", "李教授", "John Smith", "Reporter"])
      expect([l, looksLikeSpeaker(l)]).toEqual([l, true]);
  });

  it("rejects clauses that end in a colon (counter-cases)", () => {
    for (const l of ["中方的立场是", "衢州市现有两所高等院校", "一个数据元由以下两部分组成", "主要有如下几种", "王毅强调", "他指出", "注意", "22", "各位代表", "同志们", "尊敬的主席先生", "一是"])
      expect([l, looksLikeSpeaker(l)]).toEqual([l, false]);
  });

  it("accepts foreign names written without a middle dot: listed figures and transliteration runs", () => {
    for (const l of ["拉夫罗夫", "佩斯科夫", "岸田文雄", "俄罗斯外长拉夫罗夫", "扎哈罗娃"]) {
      expect([l, looksLikeSpeaker(l)]).toEqual([l, true]);
    }
  });

  it("rejects country names written with the same characters and reported speech (counter-cases)", () => {
    for (const l of ["阿尔巴尼亚", "克罗地亚", "斯洛伐克", "爱沙尼亚", "坦桑尼亚", "张三说", "王毅表示", "发言人指出", "李明强调"]) {
      expect([l, looksLikeSpeaker(l)]).toEqual([l, false]);
    }
  });

  it("does not take a colon before a quotation as a turn", () => {
    expect(speakerLabel("张三说：“合作才有出路。”")).toBeNull();
    expect(speakerLabel("张三：合作才有出路。")).toEqual({ label: "张三", rest: "合作才有出路。" });
  });
});

describe("detectStructure keeps text that is not a speaker", () => {
  it("keeps colon clauses and times in the sentence", () => {
    const paras = ["中方的立场是：反对任何形式的霸凌。", "衢州市现有两所高等院校：衢州学院和衢州职业技术学院。", "主要有如下几种：", "一是扩大开放。", "晚上22:30，会议结束。"];
    const s = detectStructure(paras);
    expect(s.paragraphs.map((p) => p.text)).toEqual(paras);
    expect(s.labels).toEqual([]);
  });

  it("accepts a speaker-like label only when labels recur", () => {
    const once = detectStructure(["新闻发布会今天举行，气氛热烈。", "王毅：中方愿同各方合作。", "会议持续两小时。"]);
    expect(once.paragraphs.every((p) => p.speaker === null)).toBe(true);
    expect(once.paragraphs[1].text).toBe("王毅：中方愿同各方合作。");
    const twice = detectStructure(["记者：中方怎么看？", "王毅：中方愿同各方合作。"]);
    expect(twice.paragraphs.map((p) => [p.speaker, p.text])).toEqual([["记者", "中方怎么看？"], ["王毅", "中方愿同各方合作。"]]);
    expect(twice.labels).toEqual(["记者", "王毅"]);
  });

  it("accepts a label on its own line even once, but not a clause on its own line", () => {
    const s = detectStructure(["会议纪要如下，请审阅。", "王毅：", "中方愿同各方合作。"]);
    expect(s.paragraphs.map((p) => [p.speaker, p.text])).toEqual([[null, "会议纪要如下，请审阅。"], ["王毅", "中方愿同各方合作。"]]);
    const c = detectStructure(["政策分为三类，如下所示。", "主要有如下几种：", "一是扩大开放。"]);
    expect(c.paragraphs.map((p) => p.text)).toEqual(["政策分为三类，如下所示。", "主要有如下几种：", "一是扩大开放。"]);
  });

  it("keeps a speech's address to its audience as text", () => {
    const s = detectStructure(["政府工作报告", "各位代表：", "过去一年，我们攻坚克难。", "各位代表！让我们团结奋斗！"]);
    expect(s.title).toBe("政府工作报告");
    expect(s.paragraphs.map((p) => [p.speaker, p.text])).toEqual([[null, "各位代表："], [null, "过去一年，我们攻坚克难。"], [null, "各位代表！让我们团结奋斗！"]]);
  });
});
