import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInside, standardReadings, withStandardReading } from "@/lib/dict/standard-readings";
import { cedictEntries } from "@/lib/dict/cedict";
import { markPinyin } from "@/lib/text/pinyin-syllables";
import { readingOf } from "../../support/lesson-tokens";

// Words whose standard reading (Xiandai Hanyu Cidian, 7th ed.) CC-CEDICT gives only as "also pr."
// (lib/dict/data/standard-readings.tsv). Found by the twenty-second session's batch, scored before
// it was read: 下载量 xià zǎi liàng.

describe("the standard readings file", () => {
  it("is well formed, and every line chose a reading CC-CEDICT lists for the word", () => {
    const words = standardReadings();
    expect(words.length).toBeGreaterThanOrEqual(6);
    for (const { word, pinyin } of words) {
      const [entry] = cedictEntries(word);
      expect(entry.pinyin, word).toBe(markPinyin(pinyin));
      // CC-CEDICT's own reading is kept as the second one.
      expect(entry.definitions.some((d) => /also pr\. \[/.test(d)), word).toBe(true);
    }
  });

  it("refuses a malformed line, naming it", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "standard-readings-")), "bad.tsv");
    fs.writeFileSync(file, "# ok\n下载\txia4\n");
    expect(() => standardReadings(file)).toThrow(/line 2/);
  });

  it("swaps only a reading the entry lists as also pr.", () => {
    expect(withStandardReading("xia4 zai3", ["to download", "also pr. [xia4zai4]"], "xia4 zai4")).toEqual({ pinyin: "xia4 zai4", senses: ["to download", "also pr. [xia4 zai3]"] });
    // A reading the dictionary does not list is not added.
    expect(withStandardReading("zai4 ren2", ["to carry passengers"], "zai3 ren2")).toBeNull();
    expect(withStandardReading("xia4 zai3", ["to download", "also pr. [xia4zai4]"], "xia4 zai1")).toBeNull();
  });

  it("reads the word the standard way inside longer headwords only where they read it as its entry did", () => {
    expect(readInside("泄露天机", "xie4 lu4 tian1 ji1", "泄露", "xie4 lu4", "xie4 lou4")).toBe("xie4 lou4 tian1 ji1");
    expect(readInside("吐槽大会", "Tu4 cao2 Da4 hui4", "吐槽", "tu4 cao2", "tu3 cao2")).toBe("Tu3 cao2 Da4 hui4");
    expect(readInside("泄露天机", "xie4 lu4 tian1 ji1", "泄露", "xie4 lou4", "xie4 lu4")).toBeNull();
    expect(readInside("天机", "tian1 ji1", "泄露", "xie4 lu4", "xie4 lou4")).toBeNull();
  });
});

describe("in a lesson", () => {
  it("reads the standard way, in the word and in what contains it", () => {
    expect(readingOf("这款应用上线一周，下载量就突破了一千万次。", "下载量")).toBe("xià zài liàng");
    expect(readingOf("请先下载最新版本。", "下载")).toBe("xià zài");
    expect(readingOf("这起数据泄露事件暴露了平台的漏洞。", "泄露")).toBe("xiè lòu");
    expect(readingOf("网友纷纷吐槽广告太多。", "吐槽")).toBe("tǔ cáo");
    expect(readingOf("这块布洗了以后掉色了。", "掉色")).toBe("diào shǎi");
  });
  it("leaves the words CC-CEDICT already reads the standard way (counter-cases)", () => {
    expect(readingOf("中国载人航天工程取得新进展。", "载人")).toBe("zài rén");
    expect(readingOf("史书上有明确的记载。", "记载")).toBe("jì zǎi");
    expect(readingOf("他的脸上露出了笑容。", "露出")).toBe("lù chū");
  });
});
