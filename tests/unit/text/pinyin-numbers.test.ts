import { describe, expect, it } from "vitest";
import { readInteger, readNumber } from "@/lib/text/number-reading";
import { pinyinForTokens } from "@/lib/text/pinyin";
import { buildLesson } from "@/lib/text/build-lesson";

function readings(tokenized: string): (string | null)[] {
  const tokens = tokenized.split("|");
  return pinyinForTokens(tokens.join(""), tokens);
}

describe("readInteger", () => {
  it.each([
    ["0", "líng"],
    ["7", "qī"],
    ["10", "shí"],
    ["14", "shí sì"],
    ["40", "sì shí"],
    ["105", "yī bǎi líng wǔ"],
    ["110", "yī bǎi yī shí"],
    ["1001", "yī qiān líng yī"],
    ["2024", "èr qiān líng èr shí sì"],
    ["20005", "èr wàn líng wǔ"],
    ["100010", "shí wàn líng yī shí"],
    ["100005000", "yī yì líng wǔ qiān"],
    ["1000000000000", "yī wàn yì"],
    ["007", "líng líng qī"],
  ])("%s → %s", (digits, expected) => {
    expect(readInteger(digits).join(" ")).toBe(expected);
  });
});

describe("readNumber", () => {
  it("reads years digit by digit and quantities as numbers", () => {
    expect(readNumber("2024", "年")).toBe("èr líng èr sì");
    expect(readNumber("2024", "个")).toBe("èr qiān líng èr shí sì");
    expect(readNumber("90", "年", "代")).toBe("jiǔ líng");
    expect(readNumber("3", "年")).toBe("sān"); // three years, not a year
  });

  it("reads a year of a named era digit by digit whatever its length, a count of years as a number", () => {
    expect(readNumber("221", "年", "，", "前", "秦朝公元前")).toBe("èr èr yī");
    expect(readNumber("8", "年", "，", "元", "公元")).toBe("bā");
    expect(readNumber("618", "年", "，", "元", "唐朝西元")).toBe("liù yī bā");
    expect(readNumber("221", "年", "的", "有", "这座城市有")).toBe("èr bǎi èr shí yī");
  });

  it("reads decimals, percentages, separators and full-width digits", () => {
    expect(readNumber("1.5%", undefined)).toBe("bǎi fēn zhī yī diǎn wǔ");
    expect(readNumber("40%", "，")).toBe("bǎi fēn zhī sì shí");
    expect(readNumber("0.5", undefined)).toBe("líng diǎn wǔ");
    expect(readNumber("1,000", "元")).toBe("yī qiān");
    expect(readNumber("２０２４", "年")).toBe("èr líng èr sì");
    expect(readNumber("１．５％", undefined)).toBe("bǎi fēn zhī yī diǎn wǔ");
  });

  it("says liǎng for a count of two, èr for a month, a day or a grade", () => {
    expect(readNumber("2", "个")).toBe("liǎng");
    expect(readNumber("2", "月")).toBe("èr");
    expect(readNumber("2", "号")).toBe("èr");
    expect(readNumber("2", undefined)).toBe("èr");
  });

  it("says èr for a 2 that is a number as such: scores, ratios, sums, ordinals", () => {
    expect(readNumber("2", "比", "1")).toBe("èr"); // 以2比1获胜
    expect(readNumber("2", "负", "于", "比")).toBe("èr"); // 以1比2负于
    expect(readNumber("2", "加", "3")).toBe("èr");
    expect(readNumber("2", "和", "3")).toBe("èr");
    expect(readNumber("2", "名", undefined, "第")).toBe("èr"); // 第2名
    // Counter-cases: counts stay liǎng, also after other characters.
    expect(readNumber("2", "个", "人", "了")).toBe("liǎng");
    expect(readNumber("2", "比", undefined, "第")).toBe("èr");
    expect(readNumber("2", "倍", undefined, "高")).toBe("liǎng");
    expect(readNumber("2", "天", undefined, "息")).toBe("liǎng");
  });
});

describe("pinyinForTokens with numbers", () => {
  it("reads numbers inside tokens and next to Han characters", () => {
    expect(readings("2024年|增长|1.5%|，|人口|14亿|，|3月|7日|开会|。")).toEqual([
      "èr líng èr sì nián",
      "zēng zhǎng",
      "bǎi fēn zhī yī diǎn wǔ",
      null,
      "rén kǒu",
      "shí sì yì",
      null,
      "sān yuè",
      "qī rì",
      "kāi huì",
      null,
    ]);
    expect(readings("买|了|2024|个|苹果|。")[2]).toBe("èr qiān líng èr shí sì");
    expect(readings("增长|40%|。")[1]).toBe("bǎi fēn zhī sì shí");
  });

  it("reads a score, an ordinal and a count of two in sentences", () => {
    expect(readings("主队|以|2|比|1|战胜|了|客队|。")).toEqual(["zhǔ duì", "yǐ", "èr", "bǐ", "yī", "zhàn shèng", "le", "kè duì", null]);
    expect(readings("客队|以|1|比|2|负于|主队")).toEqual(["kè duì", "yǐ", "yī", "bǐ", "èr", "fù yú", "zhǔ duì"]);
    expect(readings("他|获得|第|2|名")).toEqual(["tā", "huò dé", "dì", "èr", "míng"]);
    expect(readings("他|休息|了|2|天")).toEqual(["tā", "xiū xi", "le", "liǎng", "tiān"]);
  });

  it("reads a year split over tokens from the context after it", () => {
    expect(readings("2024|年|。").slice(0, 2)).toEqual(["èr líng èr sì", "nián"]);
  });

  it("reads full-width digits like ASCII ones, also when cut into single tokens", () => {
    expect(readings("２０２４年|，|增长|４０％|。")).toEqual(["èr líng èr sì nián", null, "zēng zhǎng", "bǎi fēn zhī sì shí", null]);
    // A run cut into several tokens is read once, on its first token.
    expect(readings("１|４|亿|人|。").slice(0, 3)).toEqual(["shí sì", null, "yì"]);
  });

  it("does not read digits that belong to a Latin name or code", () => {
    expect(readings("R1|模型|和|G20|峰会|。")).toEqual([null, "mó xíng", "hé", null, "fēng huì", null]);
  });
});

describe("pinyinForTokens with er-hua", () => {
  it("joins the suffix 儿 to the syllable before it", () => {
    expect(readings("来|点儿|。")[1]).toBe("diǎnr");
    expect(readings("去|饭馆儿|吃饭|。")[1]).toBe("fàn guǎnr");
    expect(readings("等|一会儿|。")[1]).toBe("yī huìr");
  });

  it("keeps ér where 儿 is a syllable of its own", () => {
    expect(readings("他|的|儿子|。")[2]).toBe("ér zi");
    expect(readings("她|的|女儿|。")[2]).toBe("nǚ ér");
    expect(readings("照顾|婴儿|。")[1]).toBe("yīng ér");
  });
});

describe("numbers that name rather than count", () => {
  const readingOf = (sentence: string, number: string) => buildLesson(sentence).sentences[0].tokens.find((t) => t.text === number)!.pinyin;
  it("are read digit by digit, 1 as yāo: phone numbers, hotlines, rooms, flights, 110", () => {
    expect(readingOf("我的手机号是13812345678。", "13812345678")).toBe("yāo sān bā yāo èr sān sì wǔ liù qī bā");
    expect(readingOf("请拨打热线电话12345咨询。", "12345")).toBe("yāo èr sān sì wǔ");
    expect(readingOf("他住在302室。", "302")).toBe("sān líng èr");
    expect(readingOf("航班号1234已经起飞。", "1234")).toBe("yāo èr sān sì");
    expect(readingOf("报警请打110。", "110")).toBe("yāo yāo líng");
  });
  it("stay quantities with a unit or a count (counter-cases)", () => {
    expect(readingOf("全市人口12345人。", "12345")).toBe("yī wàn èr qiān sān bǎi sì shí wǔ");
    expect(readingOf("共计12345678元。", "12345678")).toBe("yī qiān èr bǎi sān shí sì wàn wǔ qiān liù bǎi qī shí bā");
    expect(readingOf("老师给他打100分。", "100")).toBe("yī bǎi");
    expect(readingOf("今年是2024年。", "2024年")).toBe("èr líng èr sì nián");
  });
});
