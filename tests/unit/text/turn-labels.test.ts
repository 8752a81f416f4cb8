import { describe, expect, it } from "vitest";
import { looksLikeSpeaker } from "@/lib/text/speaker-label";
import { detectStructure } from "@/lib/text/detect-structure";

const turns = (paras: string[]) => detectStructure(paras).paragraphs.map((p) => [p.speaker, p.text]);

describe("speaker labels of chats, scripts and commentary (qa7 P3)", () => {
  it("takes a role ending in 说 and nicknames as speakers", () => {
    for (const l of ["解说", "老张", "小李", "老王", "阿强", "阿姨"]) expect([l, looksLikeSpeaker(l)]).toEqual([l, true]);
  });

  it("still rejects reported speech, words that look like nicknames and headings (counter-cases)", () => {
    for (const l of ["张三说", "王毅表示", "他说", "小时", "小康", "小于", "老实", "小心", "注意", "地址", "第一"])
      expect([l, looksLikeSpeaker(l)]).toEqual([l, false]);
  });

  it("takes no dictionary word for a name because it opens with a surname (时 in 时间)", () => {
    for (const l of ["时间", "高度", "文化"]) expect([l, looksLikeSpeaker(l)]).toEqual([l, false]);
    const schedule = ["两场讲座安排如下。", "时间：3月1日", "地点：北京", "时间：3月2日", "地点：上海"];
    expect(turns(schedule)).toEqual(schedule.map((p) => [null, p]));
    // A name that is also a word still counts where it recurs before sentences.
    expect(turns(["高峰：你好，在吗？", "李华：在。", "高峰：晚上一起吃饭吧。"]).map((t) => t[0])).toEqual(["高峰", "李华", "高峰"]);
  });

  it("takes a short label that recurs before sentences as a speaker (小雨 is also 'light rain')", () => {
    expect(turns(["小雨：在吗？周末有空没？", "阿强：在呢，刚下班。", "小雨：我搬家了，来吃饭吧。", "阿强：行啊，没问题！"])).toEqual([
      ["小雨", "在吗？周末有空没？"],
      ["阿强", "在呢，刚下班。"],
      ["小雨", "我搬家了，来吃饭吧。"],
      ["阿强", "行啊，没问题！"],
    ]);
    // The other party may speak once.
    expect(turns(["妈妈：你回来了？", "xiaoyu88：回来了。", "妈妈：快去洗手吃饭。"]).map((t) => t[0])).toEqual(["妈妈", "xiaoyu88", "妈妈"]);
    expect(turns(["Tom：你好，在吗？", "xiaoyu88：在，怎么了？", "Tom：晚上一起吃饭吧。", "xiaoyu88：好啊。"]).map((t) => t[0])).toEqual(["Tom", "xiaoyu88", "Tom", "xiaoyu88"]);
  });

  it("never gives a labelled paragraph to the previous speaker", () => {
    // The commentary of qa7: 解说 was read as the guest's words.
    expect(turns(["解说：比赛进入最后两分钟。", "嘉宾：对，双方体力都到了极限。", "解说：球传到了易建联手里。", "嘉宾：这个球有点仓促。"]).map((t) => t[0])).toEqual(["解说", "嘉宾", "解说", "嘉宾"]);
    expect(turns(["记者：比赛怎么样？", "李明：很精彩。", "解说：比赛开始了。"]).map((t) => t[0])).toEqual(["记者", "李明", "解说"]);
    // Seen once inside a dialogue: a name no dictionary knows is a speaker; a noun ends the turn.
    expect(turns(["小雨：在吗？", "阿强：在呢。", "小雨：周末来吃饭。", "小美：我也来！", "阿强：好的。"]).map((t) => t[0])).toEqual(["小雨", "阿强", "小雨", "小美", "阿强"]);
    expect(turns(["小雨：在吗？", "阿强：在呢。", "小雨：周末来吃饭。", "地址：北京市朝阳区。", "我一会儿发你。"])).toEqual([
      ["小雨", "在吗？"],
      ["阿强", "在呢。"],
      ["小雨", "周末来吃饭。"],
      [null, "地址：北京市朝阳区。"],
      [null, "我一会儿发你。"],
    ]);
  });

  it("keeps headings, lists, reported speech and colons in sentences as text (counter-cases)", () => {
    const notice = ["本周六举办讲座，欢迎参加。", "时间：3月1日上午9点", "地点：北京市朝阳区", "注意：请携带身份证。"];
    expect(turns(notice)).toEqual(notice.map((p) => [null, p]));
    const examples = ["学习下面的句子。", "例句：我们去吃饭吧。", "例句：他已经去学校了。"];
    expect(turns(examples)).toEqual(examples.map((p) => [null, p]));
    const reported = ["张三说：明天下雨。", "王毅表示：中方愿同各方合作。", "张三说：后天也下雨。", "王毅表示：和平是共同愿望。"];
    expect(turns(reported)).toEqual(reported.map((p) => [null, p]));
    const prose = ["他只说了一句话：好。", "她只说了一句话：不。", "第一：要有信心。", "第二：要有耐心。"];
    expect(turns(prose)).toEqual(prose.map((p) => [null, p]));
    // An answer's list items and connectives stay the speaker's.
    expect(turns(["记者：中方有何期待？", "发言人：我们有两点期待。", "第一：加强合作。", "比如：扩大贸易。"]).map((t) => t[0])).toEqual(["记者", "发言人", "发言人", "发言人"]);
  });
});
