import { describe, expect, it } from "vitest";
import {
  CARD_TYPES,
  cardTypesForNote,
  renderCardFaces,
  splitForCompletion,
  type CardFace,
  type CardNote,
} from "@/lib/srs/card-types";

const ALL = [...CARD_TYPES];

const word: CardNote = {
  kind: "word",
  text: "外交",
  pinyin: "wàijiāo",
  meaning: "diplomacy",
  sentence: { text: "中国的外交政策强调外交对话。", pinyin: "Zhōngguó de wàijiāo zhèngcè qiángdiào wàijiāo duìhuà." },
};
const idiom: CardNote = { kind: "idiom", text: "实事求是", pinyin: "shí shì qiú shì", meaning: "to seek truth from facts" };
const sentence: CardNote = { kind: "sentence", text: "我们支持和平谈判。", pinyin: "Wǒmen zhīchí hépíng tánpàn.", meaning: "We support peace talks." };

describe("cardTypesForNote", () => {
  it("gives words recognition, recall and listening, plus cloze only with a source sentence", () => {
    expect(cardTypesForNote({ kind: "word", text: "外交", hasSentence: false }, ALL)).toEqual(["recognition", "recall", "listening"]);
    expect(cardTypesForNote({ kind: "word", text: "外交", hasSentence: true }, ALL)).toEqual(["recognition", "recall", "listening", "cloze"]);
  });

  it("never gives a word a completion card, even a long one", () => {
    expect(cardTypesForNote({ kind: "word", text: "联合国安理会", hasSentence: false }, ALL)).not.toContain("completion");
  });

  it("gives 4-character idioms and phrases a completion card, shorter phrases none", () => {
    expect(cardTypesForNote({ kind: "idiom", text: "实事求是", hasSentence: true }, ALL)).toEqual([
      "recognition", "recall", "listening", "cloze", "completion",
    ]);
    expect(cardTypesForNote({ kind: "phrase", text: "一带一路", hasSentence: false }, ALL)).toContain("completion");
    expect(cardTypesForNote({ kind: "phrase", text: "双赢", hasSentence: false }, ALL)).not.toContain("completion");
    expect(cardTypesForNote({ kind: "phrase", text: "双 赢 了", hasSentence: false }, ALL)).not.toContain("completion");
  });

  it("gives sentence notes only recognition and listening", () => {
    expect(cardTypesForNote({ kind: "sentence", text: sentence.text, hasSentence: true }, ALL)).toEqual(["recognition", "listening"]);
  });

  it("keeps only the enabled types, in canonical order", () => {
    expect(cardTypesForNote({ kind: "idiom", text: "实事求是", hasSentence: true }, ["completion", "recognition"])).toEqual([
      "recognition", "completion",
    ]);
    expect(cardTypesForNote({ kind: "word", text: "外交", hasSentence: true }, [])).toEqual([]);
  });
});

describe("renderCardFaces", () => {
  const back: CardFace = { prompt: "外交", hanzi: "外交", pinyin: "wàijiāo", meaning: "diplomacy", audioText: "外交" };

  it("recognition: hanzi in front, everything on the back", () => {
    expect(renderCardFaces(word, "recognition")).toEqual({ front: { prompt: "外交", hanzi: "外交" }, back });
  });

  it("recall: meaning in front, no hanzi or pinyin", () => {
    const { front, back: b } = renderCardFaces(word, "recall");
    expect(front).toEqual({ prompt: "diplomacy", meaning: "diplomacy" });
    expect(b).toEqual(back);
  });

  it("listening: only audio in front", () => {
    const { front } = renderCardFaces(word, "listening");
    expect(front.audioText).toBe("外交");
    expect(front.hanzi).toBeUndefined();
    expect(front.prompt).not.toContain("外交");
    expect(front.meaning).toBeUndefined();
  });

  it("cloze: the first occurrence is the answer, later ones are hidden on the front too", () => {
    const { front, back: b } = renderCardFaces(word, "cloze");
    expect(front.prompt).toBe("中国的＿＿政策强调＿＿对话。");
    expect(front.cloze).toEqual({ before: "中国的", answer: "", after: "政策强调＿＿对话。" });
    expect(front.hint).toContain("wàijiāo");
    expect(front.hint).toContain("diplomacy");
    expect(b.cloze).toEqual({ before: "中国的", answer: "外交", after: "政策强调外交对话。" });
    expect(b.prompt).toBe(word.sentence!.text);
    expect(b.audioText).toBe(word.sentence!.text);
    expect(b.hint).toBe(word.sentence!.pinyin);
  });

  it("cloze: refuses notes whose sentence lacks the word, and sentence notes", () => {
    expect(() => renderCardFaces({ ...word, sentence: { text: "没有这个词。" } }, "cloze")).toThrow(/source sentence/);
    expect(() => renderCardFaces({ ...word, sentence: null }, "cloze")).toThrow(/source sentence/);
    expect(() => renderCardFaces({ ...sentence, sentence: { text: sentence.text } }, "cloze")).toThrow(/source sentence/);
  });

  it("completion: a 4-character idiom is split 2+2", () => {
    const { front, back: b } = renderCardFaces(idiom, "completion");
    expect(front).toEqual({ prompt: "实事＿＿", hint: "to seek truth from facts", cloze: { before: "实事", answer: "", after: "" } });
    expect(b.cloze).toEqual({ before: "实事", answer: "求是", after: "" });
    expect(b.hanzi).toBe("实事求是");
    expect(() => renderCardFaces({ ...word, text: "双赢" }, "completion")).toThrow(/4\+ characters/);
  });

  it("sentence notes read the whole sentence for recognition", () => {
    const { front, back: b } = renderCardFaces(sentence, "recognition");
    expect(front.prompt).toBe(sentence.text);
    expect(b.meaning).toBe("We support peace talks.");
    expect(b.pinyin).toBe(sentence.pinyin);
  });

  it("never puts the answer on a front face (except audio on listening cards)", () => {
    const notes: [CardNote, ("recall" | "cloze" | "completion")[]][] = [
      [word, ["recall", "cloze"]],
      [idiom, ["recall", "completion"]],
    ];
    for (const [note, types] of notes) {
      for (const type of types) {
        const { front } = renderCardFaces(note, type);
        const shown = [front.prompt, front.hanzi, front.cloze?.answer].join("|");
        expect(shown.includes(note.text), `${type} front shows ${note.text}`).toBe(false);
      }
    }
  });
});

describe("splitForCompletion", () => {
  it("splits in the middle without a break, giving the first half the extra character", () => {
    expect(splitForCompletion("实事求是")).toEqual({ first: "实事", second: "求是" });
    expect(splitForCompletion("八九不离十")).toEqual({ first: "八九不", second: "离十" });
    expect(splitForCompletion("百闻不如一见")).toEqual({ first: "百闻不", second: "如一见" });
  });

  it("splits at a natural break, keeping the punctuation in the first half", () => {
    expect(splitForCompletion("己所不欲，勿施于人")).toEqual({ first: "己所不欲，", second: "勿施于人" });
    expect(splitForCompletion("路遥知马力，日久见人心")).toEqual({ first: "路遥知马力，", second: "日久见人心" });
  });
});
