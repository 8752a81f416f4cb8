// Corrections of a lesson by its owner: stored as edits, undoable, and carried to the notes the
// learners already saved from it, without touching their cards' review history.
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { applyLessonEdit } from "@/lib/server/lesson-edits/apply-lesson-edit";
import { undoLessonEdit } from "@/lib/server/lesson-edits/undo-lesson-edit";
import { listLessonEdits } from "@/lib/server/lesson-edits/list-lesson-edits";
import { addGlossaryTerm } from "@/lib/server/lesson-edits/add-glossary-term";
import { enqueueLessonRebuild } from "@/lib/server/lessons/enqueue-lesson-build";
import { saveNote } from "@/lib/server/notes/save-note";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { lessonCounts } from "@/lib/server/lesson-edits/recount-lesson";
import type { LessonToken } from "@/lib/text/build-lesson";
import { db, makeUser } from "../support/db";
import { makeLog } from "../support/cards";

const dir = path.resolve(import.meta.dirname, "../fixtures/parallel");
const ZH = readFileSync(path.join(dir, "regular-press-conference.zh.txt"), "utf8");
const EN = readFileSync(path.join(dir, "regular-press-conference.en.txt"), "utf8");
const NOW = new Date("2026-03-10T12:00:00Z");

async function setup() {
  const teacher = await makeUser({ role: "TEACHER" });
  const student = await makeUser();
  const lesson = await createLesson({ ownerId: teacher.id, text: ZH, english: EN, visibility: "CLASSES" });
  await db.class.create({ data: { teacherId: teacher.id, name: "C", joinCode: randomUUID().slice(0, 8), memberships: { create: [{ userId: student.id }] } } });
  const s1 = await sentence(lesson.id, 1);
  return { teacher, student, lesson, s1 };
}

/** A stored sentence with its tokens read through the codec (as the app reads them). */
async function sentence(lessonId: string, index: number) {
  const { lesson, ...row } = await db.sentence.findFirstOrThrow({ where: { lessonId, index }, include: { lesson: { select: { words: true } } } });
  return { ...row, tokens: decodeSentenceTokens(row.tokens, lesson.words) };
}
const note = (id: string) => db.note.findUniqueOrThrow({ where: { id } });

describe("lesson corrections", () => {
  it("a token's pinyin and gloss reach the student's word note; cards and their history stay", async () => {
    const { teacher, student, lesson, s1 } = await setup();
    const tokens = s1.tokens as { text: string }[];
    const at = tokens.findIndex((t) => t.text === "埃及");
    const word = await saveNote({ userId: student.id, text: "埃及", kind: "word", lessonId: lesson.id, sentenceIndex: 1, now: NOW });
    const card = word.cards[0];
    await makeLog({ userId: student.id, cardId: card.id, review: NOW, state: 0 });

    await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "token", sentenceIndex: 1, tokenIndex: at, gloss: "Egypt (Arab Republic of)", pinyin: "āi jí" } });
    expect((await note(word.note.id)).meaning).toBe("Egypt (Arab Republic of)");
    expect(((await sentence(lesson.id, 1)).tokens as { gloss: string }[])[at].gloss).toBe("Egypt (Arab Republic of)");
    expect(await db.card.count({ where: { noteId: word.note.id } })).toBe(word.cards.length);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);

    const [edit] = await listLessonEdits({ userId: teacher.id, lessonId: lesson.id });
    expect(edit).toMatchObject({ kind: "token", sentenceIndex: 1, undoneAt: null });
    expect(edit.afterText).toContain("Egypt (Arab Republic of)");
    // A re-build from the source text would drop the correction: refused, nothing queued.
    await expect(enqueueLessonRebuild({ userId: teacher.id, lessonId: lesson.id })).rejects.toThrow(/has corrections/);
    expect(await db.lessonBuild.count({ where: { lessonId: lesson.id } })).toBe(0);

    await undoLessonEdit({ userId: teacher.id, lessonId: lesson.id });
    expect((await note(word.note.id)).meaning).not.toBe("Egypt (Arab Republic of)");
    expect(((await sentence(lesson.id, 1)).tokens as { gloss: string }[])[at].gloss).toBe((tokens[at] as unknown as { gloss: string }).gloss);
    expect((await listLessonEdits({ userId: teacher.id, lessonId: lesson.id }))[0].undoneAt).not.toBeNull();
    await expect(undoLessonEdit({ userId: teacher.id, lessonId: lesson.id })).rejects.toThrow("Nothing to undo.");
  });

  it("a sentence's text re-runs the pipeline for that sentence; the student's sentence note follows, and undo restores it", async () => {
    const { teacher, student, lesson } = await setup();
    const s5 = await sentence(lesson.id, 5);
    const s6Stored = (await db.sentence.findFirstOrThrow({ where: { lessonId: lesson.id, index: 6 } })).tokens;
    const saved = await saveNote({ userId: student.id, text: s5.text, kind: "sentence", lessonId: lesson.id, sentenceIndex: 5, now: NOW });
    const fixed = "中方已经多次就此表明立场。";
    const { sentences } = await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "text", sentenceIndex: 5, text: fixed } });
    expect(sentences[0].tokens.map((t) => t.text).join("")).toBe(fixed);
    expect(sentences[0].tokens.find((t) => t.text === "已经")?.pinyin).toBe("yǐ jīng");
    const after = await note(saved.note.id);
    expect(after).toMatchObject({ text: fixed, sentenceText: fixed, meaning: s5.translation });
    expect(after.pinyin).toContain("yǐ jīng");
    // Other sentences were not rebuilt.
    expect((await db.sentence.findFirstOrThrow({ where: { lessonId: lesson.id, index: 6 } })).tokens).toEqual(s6Stored);

    await undoLessonEdit({ userId: teacher.id, lessonId: lesson.id });
    expect((await note(saved.note.id)).text).toBe(s5.text);
    expect((await sentence(lesson.id, 5)).text).toBe(s5.text);
  });

  it("a corrected translation, and a moved alignment boundary, reach sentence cards' backs", async () => {
    const { teacher, student, lesson } = await setup();
    const s12 = await sentence(lesson.id, 12);
    const saved = await saveNote({ userId: student.id, text: s12.text, kind: "sentence", lessonId: lesson.id, sentenceIndex: 12, now: NOW });
    // The aligner gave 这一点毋庸置疑 (13) the English of 14; give 13's English to 14 instead.
    const s13 = await sentence(lesson.id, 13);
    await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "alignment", sentenceIndex: 13, direction: "give" } });
    const [a, b] = [await sentence(lesson.id, 13), await sentence(lesson.id, 14)];
    expect(a.translation).toBeNull();
    expect(b.translation?.startsWith(s13.translation!)).toBe(true);

    await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "translation", sentenceIndex: 12, translation: "I must stress: Ren'ai Jiao is part of China's Nansha Qundao." } });
    expect((await note(saved.note.id)).meaning).toBe("I must stress: Ren'ai Jiao is part of China's Nansha Qundao.");
  });

  it("merges and splits tokens", async () => {
    const { teacher, lesson, s1 } = await setup();
    const tokens = s1.tokens as { text: string }[];
    const i = tokens.findIndex((t) => t.text === "外交部长");
    const split = await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "split", sentenceIndex: 1, tokenIndex: i, at: 3 } });
    expect(split.sentences[0].tokens.slice(i, i + 2).map((t) => [t.text, t.pinyin])).toEqual([["外交部", "wài jiāo bù"], ["长", "zhǎng"]]);
    const merged = await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "merge", sentenceIndex: 1, tokenIndex: i } });
    expect(merged.sentences[0].tokens[i]).toMatchObject({ text: "外交部长", pinyin: "wài jiāo bù zhǎng" });
    await expect(applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "split", sentenceIndex: 1, tokenIndex: i, at: 9 } })).rejects.toThrow(/Split inside the word/);
  });

  it("the owner's glossary term is applied to their lessons, joining a term cut in pieces", async () => {
    const { teacher, lesson } = await setup();
    const result = await addGlossaryTerm({ userId: teacher.id, input: { term: "开局之年", pinyin: "kāi jú zhī nián", english: "the opening year", kind: "phrase" } });
    expect(result).toMatchObject({ lessonsChanged: 1, sentencesChanged: 1 });
    const s16 = await sentence(lesson.id, 16);
    expect((s16.tokens as { text: string; gloss: string }[]).find((t) => t.text === "开局之年")?.gloss).toBe("the opening year");
  });

  it("refuses bad input with a specific message and changes nothing", async () => {
    const { teacher, lesson, s1 } = await setup();
    const bad = [
      [{ op: "token", sentenceIndex: 1, tokenIndex: 1, pinyin: "ai" }, /one syllable for each/],
      [{ op: "token", sentenceIndex: 1, tokenIndex: 1, pinyin: "ji4" }, /tone-marked pinyin/],
      [{ op: "text", sentenceIndex: 1, text: "Hello." }, /must contain Chinese/],
      [{ op: "text", sentenceIndex: 999, text: "你好。" }, /no longer in the lesson/],
      [{ op: "merge", sentenceIndex: 1, tokenIndex: (s1.tokens as { text: string }[]).findIndex((t) => t.text === "，") - 1 }, /Punctuation cannot be merged/],
      [{ op: "nope" }, /highlighted/],
    ] as const;
    for (const [input, message] of bad) {
      const err = await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input }).catch((e) => e);
      expect(`${err.message} ${JSON.stringify(err.fields ?? {})}`).toMatch(message);
    }
    expect((await sentence(lesson.id, 1)).tokens).toEqual(s1.tokens);
    expect(await db.lessonEdit.count({ where: { lessonId: lesson.id } })).toBe(0);
  });

  it("only the owner can correct: a class member who reads the lesson, or a stranger, gets 'not found'", async () => {
    const { student, lesson } = await setup();
    const stranger = await makeUser({ role: "TEACHER" });
    for (const userId of [student.id, stranger.id]) {
      await expect(applyLessonEdit({ userId, lessonId: lesson.id, input: { op: "translation", sentenceIndex: 0, translation: "x" } })).rejects.toThrow("Lesson not found.");
      await expect(undoLessonEdit({ userId, lessonId: lesson.id })).rejects.toThrow("Lesson not found.");
      expect(await listLessonEdits({ userId, lessonId: lesson.id })).toEqual([]);
    }
  });

  it("an edit recomputes the lesson's stored counts (characters, words, HSK profile), and its undo restores them", async () => {
    const { teacher, lesson } = await setup();
    const stored = () => db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { characterCount: true, tokenCount: true, hskProfile: true } });
    const recount = async () =>
      lessonCounts(
        await Promise.all([db.sentence.findMany({ where: { lessonId: lesson.id } }), db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { words: true } })]).then(([rows, l]) =>
          rows.map((s) => ({ text: s.text, tokens: decodeSentenceTokens(s.tokens, l.words) as LessonToken[] })),
        ),
      );
    const imported = await stored();
    // Counted as import counts: recounting the unedited lesson changes nothing.
    expect(await recount()).toEqual(imported);

    const s5 = await sentence(lesson.id, 5);
    await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "text", sentenceIndex: 5, text: s5.text.replace(/。$/, "，坚定不移。") } });
    const afterText = await stored();
    expect(afterText.characterCount).toBe(imported.characterCount + 4);
    expect(afterText.tokenCount).toBeGreaterThan(imported.tokenCount);
    expect(afterText).toEqual(await recount());

    const tokens = (await sentence(lesson.id, 1)).tokens as unknown as LessonToken[];
    const i = tokens.findIndex((t, k) => t.kind === "word" && tokens[k + 1]?.kind === "word");
    await applyLessonEdit({ userId: teacher.id, lessonId: lesson.id, input: { op: "merge", sentenceIndex: 1, tokenIndex: i } });
    expect((await stored()).tokenCount).toBe(afterText.tokenCount - 1);
    expect(await stored()).toEqual(await recount());

    await undoLessonEdit({ userId: teacher.id, lessonId: lesson.id });
    await undoLessonEdit({ userId: teacher.id, lessonId: lesson.id });
    expect(await stored()).toEqual(imported);
  });
});
