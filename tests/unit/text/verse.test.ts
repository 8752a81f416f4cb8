import { beforeAll, describe, expect, it } from "vitest";
import { buildLesson } from "@/lib/text/build-lesson";
import { getSegmenter } from "@/lib/text/segment";
import { looksLikeVerse } from "@/lib/text/verse";

// Lyrics and poems pasted without punctuation (sixth session): refused as "a list of headlines"
// before, and their lines ran together as one hard-wrapped paragraph.

beforeAll(() => void getSegmenter(), 60_000);

describe("unpunctuated verse", () => {
  it("is a lesson of one sentence per line, titled by its first line", () => {
    const song = buildLesson("月亮代表我的心\n你问我爱你有多深\n我爱你有几分\n我的情也真\n我的爱也真\n月亮代表我的心\n");
    expect(song.title).toBe("月亮代表我的心");
    expect(song.sentences.map((s) => s.text)).toEqual(["月亮代表我的心", "你问我爱你有多深", "我爱你有几分", "我的情也真", "我的爱也真", "月亮代表我的心"]);
    expect(buildLesson("床前明月光\n疑是地上霜\n举头望明月\n低头思故乡").sentences).toHaveLength(4);
  });

  it("is told from headlines and hard-wrapped prose (counter-cases)", () => {
    expect(looksLikeVerse(["李强主持召开国务院常务会议", "中欧班列开行突破十万列", "国家统计局发布数据", "外交部发言人答记者问"])).toBe(false);
    expect(looksLikeVerse(["床前明月光", "疑是地上霜"])).toBe(false); // too few lines to tell
    // A hard-wrapped punctuated paragraph still joins.
    expect(buildLesson("中方愿同各方一道，推动构建\n人类命运共同体，共同应对\n全球性挑战。").sentences).toHaveLength(1);
  });
});
