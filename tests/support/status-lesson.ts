// A lesson written straight to the database with the token kinds word status cares about.
import { db } from "@/lib/server/db";

type Kind = "word" | "idiom" | "phrase" | "name" | "number" | "punct";
const tok = (text: string, pinyin: string | null, kind: Kind, hsk3: number | null, gloss: string | null = null, glossaryId: string | null = null) => ({
  text,
  pinyin,
  gloss,
  kind,
  hsk: hsk3,
  hsk2: null,
  hsk3,
  traditional: null,
  glossaryId,
});

export const STATUS_SENTENCES = [
  // 王毅说，我们支持和平的发展。
  [
    tok("王毅", "wáng yì", "name", null),
    tok("说", "shuō", "word", 1, "to say"),
    tok("，", null, "punct", null),
    tok("我们", "wǒ men", "word", 1, "we"),
    tok("支持", "zhī chí", "word", 2, "to support"),
    tok("和平", "hé píng", "word", 2, "peace"),
    tok("的", "de", "word", 1, "of"),
    tok("发展", "fā zhǎn", "word", 2, "development"),
    tok("。", null, "punct", null),
  ],
  // 2025年，行稳致远，坚持多边主义，和平发展。
  [
    tok("2025年", "", "number", null),
    tok("，", null, "punct", null),
    tok("行稳致远", "xíng wěn zhì yuǎn", "phrase", null, "steady and far-reaching", "g-1"),
    tok("，", null, "punct", null),
    tok("坚持", "jiān chí", "word", 3, "to persist"),
    tok("多边主义", "duō biān zhǔ yì", "phrase", null, "multilateralism", "g-2"),
    tok("，", null, "punct", null),
    tok("和平", "hé píng", "word", 2, "peace"),
    tok("发展", "fā zhǎn", "word", 2, "development"),
    tok("。", null, "punct", null),
  ],
  // 银行行长与时俱进。
  [tok("银行", "yín háng", "word", 3, "bank"), tok("行", "háng", "word", 4, "row"), tok("与时俱进", "yǔ shí jù jìn", "idiom", 7, "keep pace with the times"), tok("。", null, "punct", null)],
];

export async function makeStatusLesson(ownerId: string) {
  return db.lesson.create({
    data: {
      ownerId,
      title: "状态课",
      sourceText: "…",
      characterCount: 40,
      tokenCount: 20,
      hskProfile: {},
      sentences: {
        create: STATUS_SENTENCES.map((tokens, index) => ({
          index,
          paragraph: 0,
          text: tokens.map((t) => t.text).join(""),
          tokens,
        })),
      },
    },
  });
}

/** 银行两行。行动这样行？不行行。 — 行 háng and 行 xíng, alone and inside words. */
export const READINGS_SENTENCES = [
  [tok("银行", "yín háng", "word", 3, "bank"), tok("两", "liǎng", "word", 1, "two"), tok("行", "háng", "word", 4, "row"), tok("。", null, "punct", null)],
  [tok("行动", "xíng dòng", "word", 4, "action"), tok("这样", "zhè yàng", "word", 2, "this way"), tok("行", "xíng", "word", 4, "OK"), tok("？", null, "punct", null)],
  [tok("不行", "bù xíng", "word", 4, "won't do"), tok("行", "Háng", "word", 4, "row"), tok("。", null, "punct", null)],
];

export async function makeReadingsLesson(ownerId: string) {
  return db.lesson.create({
    data: {
      ownerId,
      title: "读音课",
      sourceText: "…",
      characterCount: 16,
      tokenCount: 11,
      hskProfile: {},
      sentences: {
        create: READINGS_SENTENCES.map((tokens, index) => ({ index, paragraph: 0, text: tokens.map((t) => t.text).join(""), tokens })),
      },
    },
  });
}
