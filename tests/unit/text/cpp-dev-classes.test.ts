import { describe, expect, it } from "vitest";
import { readingOfChar } from "../../support/lesson-tokens";

// Classes of error found on CPP dev's misses (nineteenth session), each with sentences of our own
// and counter-cases: 将 closing its clause is the general; 涌 closing a Guangdong place name is
// chōng; 弄 is the verb nòng before a complement and the lane lòng in an address; 干 after 弄, 擦,
// 吹 is "dry".

const at = readingOfChar;

describe("readings from CPP dev's classes of error", () => {
  it.each([
    ["朝廷任命他为游击将。", "将", "jiàng"],
    ["公司将于下月发布新品。", "将", "jiāng"],
    ["他们故意将“东门”改成了“西门”。", "将", "jiāng"],
    ["沿着沙涌、西涌一路向南。", "涌", "chōng"],
    ["泉水从石缝里涌出来。", "涌", "yǒng"],
    ["他住在长乐路588弄。", "弄", "lòng"],
    ["你把桌子弄脏了。", "弄", "nòng"],
    ["这件事我一直弄不明白。", "弄", "nòng"],
    ["洗完头要把头发弄干。", "干", "gān"],
  ])("%s reads %s %s", (text, ch, reading) => {
    expect(at(text, ch)).toBe(reading);
  });
});
