// Sentence notes saved before sentences had a meaning get one, as a note saved today would; what a
// learner changed since is left alone, and running it again changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { saveNote } from "@/lib/server/notes/save-note";
import { backfillSentenceMeanings } from "@/lib/server/notes/backfill-sentence-meanings";
import { sentenceMeaning } from "@/lib/text/sentence-meaning";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import type { LessonToken } from "@/lib/text/build-lesson";
import { db, makeUser } from "../support/db";

const dir = path.resolve(import.meta.dirname, "../fixtures/parallel");
const ZH = readFileSync(path.join(dir, "regular-press-conference.zh.txt"), "utf8");
const EN = readFileSync(path.join(dir, "regular-press-conference.en.txt"), "utf8");
const NOW = new Date("2026-03-10T12:00:00Z");
const OLD = new Date("2025-01-01T00:00:00Z");

/** What a note saved before meanings existed looks like: empty meaning, untouched since. */
const makeOld = (id: string) => db.$executeRaw`UPDATE "Note" SET meaning = '', "updatedAt" = ${OLD} WHERE id = ${id}::uuid`;

describe("backfill of old sentence notes' meanings", () => {
  it("fills the lesson's English, else key-word glosses, else glosses of a sentence no longer in the lesson; leaves changed notes; runs once", async () => {
    const user = await makeUser();
    const withEnglish = await createLesson({ ownerId: user.id, text: ZH, english: EN });
    const without = await createLesson({ ownerId: user.id, text: ZH.replace(/。/g, "。\n"), title: "No English" });
    const [s1, s2] = await Promise.all([
      db.sentence.findFirstOrThrow({ where: { lessonId: withEnglish.id, index: 1 } }),
      db.sentence.findFirstOrThrow({ where: { lessonId: without.id, index: 2 } }),
    ]);
    expect(s1.translation).toBeTruthy();
    const { note: a } = await saveNote({ userId: user.id, text: s1.text, kind: "sentence", lessonId: withEnglish.id, sentenceIndex: 1, now: NOW });
    const { note: b } = await saveNote({ userId: user.id, text: s2.text, kind: "sentence", lessonId: without.id, sentenceIndex: 2, now: NOW });
    // A note whose lesson was deleted since: no sentence to read, glossed from the dictionary.
    const { note: c } = await saveNote({ userId: user.id, text: "中方愿同各方一道推动构建人类命运共同体。", kind: "sentence", now: NOW });
    // Cleared by the learner after the migration: not an old note.
    const { note: d } = await saveNote({ userId: user.id, text: "我们坚持多边主义。", kind: "sentence", now: NOW });
    // A learner's own wording, old: kept.
    const { note: e } = await saveNote({ userId: user.id, text: "各方应当加强对话。", kind: "sentence", now: NOW });
    for (const n of [a, b, c]) await makeOld(n.id);
    await db.$executeRaw`UPDATE "Note" SET meaning = '' WHERE id = ${d.id}::uuid`;
    await db.$executeRaw`UPDATE "Note" SET meaning = 'my words', "updatedAt" = ${OLD} WHERE id = ${e.id}::uuid`;

    const result = await backfillSentenceMeanings(process.env.DATABASE_URL!);
    expect(result).toEqual({ checked: 3, filled: 3 });
    const meaning = async (id: string) => (await db.note.findUniqueOrThrow({ where: { id } })).meaning;
    expect(await meaning(a.id)).toBe(s1.translation);
    expect(await meaning(b.id)).toBe(sentenceMeaning({ translation: null, tokens: decodeSentenceTokens(s2.tokens, (await db.lesson.findUniqueOrThrow({ where: { id: s2.lessonId }, select: { words: true } })).words) as LessonToken[] }));
    expect(await meaning(b.id)).toMatch(/ · /);
    // Glossed as a lesson's sentence would be: 同 in its context ("with", not "like"), the
    // glossary variant with its own English.
    expect(await meaning(c.id)).toMatch(/^中方 the Chinese side · .*同 with · .*构建人类命运共同体 building a community with a shared future/);
    expect(await meaning(d.id)).toBe("");
    expect(await meaning(e.id)).toBe("my words");

    expect(await backfillSentenceMeanings(process.env.DATABASE_URL!)).toEqual({ checked: 0, filled: 0 });
  });
});
