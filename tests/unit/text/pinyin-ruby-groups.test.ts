import { describe, expect, it } from "vitest";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { pinyinPieces } from "@/components/review/pinyin-text";

describe("rubyGroups", () => {
  it("pairs each Han character with its syllable", () => {
    expect(rubyGroups("中国", "zhōng guó")).toEqual([
      { text: "中", pinyin: "zhōng" },
      { text: "国", pinyin: "guó" },
    ]);
  });

  it("puts an er-hua pair under one syllable, but not ér", () => {
    expect(rubyGroups("点儿", "diǎnr")).toEqual([{ text: "点儿", pinyin: "diǎnr" }]);
    expect(rubyGroups("饭馆儿", "fàn guǎnr")).toEqual([
      { text: "饭", pinyin: "fàn" },
      { text: "馆儿", pinyin: "guǎnr" },
    ]);
    expect(rubyGroups("女儿", "nǚ ér")).toEqual([
      { text: "女", pinyin: "nǚ" },
      { text: "儿", pinyin: "ér" },
    ]);
  });

  it("gives a number all the syllables that are not its characters'", () => {
    expect(rubyGroups("2024年", "èr líng èr sì nián")).toEqual([
      { text: "2024", pinyin: "èr líng èr sì" },
      { text: "年", pinyin: "nián" },
    ]);
    expect(rubyGroups("1.5%", "bǎi fēn zhī yī diǎn wǔ")).toEqual([{ text: "1.5%", pinyin: "bǎi fēn zhī yī diǎn wǔ" }]);
    expect(rubyGroups("14亿人儿", "shí sì yì rénr")).toEqual([
      { text: "14", pinyin: "shí sì" },
      { text: "亿", pinyin: "yì" },
      { text: "人儿", pinyin: "rénr" },
    ]);
  });

  it("leaves Latin letters and digits of codes without a reading", () => {
    expect(rubyGroups("R1模型", "mó xíng")).toEqual([
      { text: "R", pinyin: null },
      { text: "1", pinyin: null },
      { text: "模", pinyin: "mó" },
      { text: "型", pinyin: "xíng" },
    ]);
  });

  it("returns null when the reading does not line up (the caller shows it whole)", () => {
    expect(rubyGroups("中国", "zhōng")).toBeNull();
    expect(rubyGroups("中", "zhōng guó")).toBeNull();
    expect(rubyGroups("3月7日", "sān yuè qī rì")).toBeNull(); // two numbers in one token
  });
});

describe("pinyinPieces (review card pinyin colours)", () => {
  it("colours an er-hua syllable as one syllable and a number reading syllable by syllable", () => {
    expect(pinyinPieces("fàn guǎnr")).toEqual([
      ["fàn", 4],
      [" ", null],
      ["guǎnr", 3],
    ]);
    expect(pinyinPieces("èr líng")).toEqual([
      ["èr", 4],
      [" ", null],
      ["líng", 2],
    ]);
    expect(pinyinPieces("xiāngān")).toEqual([
      ["xiān", 1],
      ["gān", 1],
    ]);
  });
});
