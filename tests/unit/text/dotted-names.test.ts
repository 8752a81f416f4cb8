import { describe, expect, it } from "vitest";
import { lessonTokens, tokenOf } from "../../support/lesson-tokens";

// A foreign name written with middle dots is one name (merge-names.ts joinDottedNames). Found by the
// twenty-second session's batch of 200 names in news sentences of our own, scored before reading:
// 卡洛斯·门多萨 came out as [卡洛斯]|·|[门多萨].

const cut = (text: string) => lessonTokens(text).map((t) => t.text);

describe("a name written with middle dots", () => {
  it("is one name, two or three parts, with any of the dots news uses", () => {
    for (const [sentence, name] of [
      ["当地议员卡洛斯·门多萨在议会辩论中明确反对该项预算案。", "卡洛斯·门多萨"],
      ["巴基斯坦工程师穆罕默德·阿里·汗参与了这座水电站的建设。", "穆罕默德·阿里·汗"],
      ["尼日利亚农业专家阿敏·乌玛尔和中国专家一起指导当地农民。", "阿敏·乌玛尔"],
      ["联合国秘书长安东尼奥·古特雷斯谴责了这次袭击。", "安东尼奥·古特雷斯"],
      ["1881年，罗琦•温特尔兹在牧场附近发现了硼砂。", "罗琦•温特尔兹"],
    ]) {
      const token = tokenOf(sentence, name);
      expect(token?.kind, sentence).toBe("name");
    }
  });
  it("stops before a function word, and takes in no word before it (counter-cases)", () => {
    expect(cut("尼日利亚农业专家阿敏·乌玛尔和中国专家一起指导当地农民。")).toContain("和");
    expect(cut("她的曾祖父托马斯·赫格斯爵士为第一任悉尼市市长。")).toContain("曾祖父");
    expect(cut("他的第二任妻子是名媛玛丽·弗兰克林。")).toContain("名媛");
  });
  it("leaves a dot between things that are no name (counter-cases)", () => {
    expect(cut("他喜欢吃苹果·香蕉。")).toEqual(expect.arrayContaining(["苹果", "·", "香蕉"]));
    expect(cut("会议通过了《中华人民共和国·宪法》。")).toEqual(expect.arrayContaining(["·", "宪法"]));
  });
});

// From the same batch of names: Chinese names after a role whose surname is no common one.
describe("a Chinese name after a role or a verb of appointing (merge-names.ts)", () => {
  it("joins a surname CC-CEDICT lists, a compound surname, and a given name that ends the phrase", () => {
    for (const [sentence, name] of [
      ["财政部部长蓝佛安介绍了今年积极财政政策的主要安排。", "蓝佛安"],
      ["自由式滑雪运动员谷爱凌在比赛中夺得一枚金牌。", "谷爱凌"],
      ["主审法官上官晓燕当庭宣读了判决书。", "上官晓燕"],
      ["本报记者司马文静从市教育局获悉，新学期全市将新增学位三千个。", "司马文静"],
      ["经市人大常委会表决，决定任命仇志刚为副市长。", "仇志刚"],
      ["本台记者仇建国从南京发回报道。", "仇建国"],
    ]) {
      expect(tokenOf(sentence, name)?.kind, sentence).toBe("name");
    }
    expect(tokenOf("本台记者仇建国从南京发回报道。", "仇建国")?.pinyin).toBe("qiú jiàn guó");
  });
  it("takes no function word, address or count for a name (counter-cases)", () => {
    expect(cut("习近平主席和普京总统三次面对面会晤。")).toContain("和");
    expect(cut("记者从法院获悉，该案的一审结果将于下月公布。")).toEqual(expect.arrayContaining(["从", "法院"]));
    expect(cut("我们的班主任曾老师已经教了二十多年化学。")).toContain("老师");
    expect(tokenOf("记者曾多次前往当地采访。", "曾多次")?.kind).not.toBe("name");
  });
});

describe("a Chinese name of lone characters opening its clause (merge-names.ts)", () => {
  it("is one name before a preposition, an adverb of its subject or a title written after names", () => {
    for (const [sentence, name] of [
      ["孙颖莎在女单决赛中以四比一战胜对手，成功卫冕。", "孙颖莎"],
      ["王楚钦与队友配合默契，拿下了混双比赛的金牌。", "王楚钦"],
      ["颜宁教授在学术论坛上作了关于膜蛋白结构的报告。", "颜宁"],
      ["令狐春燕认为，发展乡村旅游必须守住生态底线。", "令狐春燕"],
      ["司徒建华主任表示，社区卫生服务中心将延长周末门诊时间。", "司徒建华"],
    ]) {
      expect(tokenOf(sentence, name)?.kind, sentence).toBe("name");
    }
  });
  it("leaves words of one character that open a clause (counter-cases)", () => {
    expect(cut("王说在家里等你。")).not.toContain("王说");
    expect(cut("他在家里等你。")).toEqual(expect.arrayContaining(["他", "在"]));
  });
});
