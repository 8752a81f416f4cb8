import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { isLessonId, readableLessonWhere } from "@/lib/server/lessons/lesson-access";
import { saveNote } from "@/lib/server/notes/save-note";
import { lessonVocabulary } from "./lesson-vocabulary";

export interface AddStudyItemsResult {
  added: string[];
  /** Already had a note: returned unchanged, never duplicated. */
  alreadySaved: string[];
}

/**
 * "Add the top N" from a lesson's study list: one note per word with the first sentence it
 * appears in (so it also gets a cloze card). The client sends the words it showed, not N, so a
 * repeated click adds nothing new. Every word must be vocabulary of the lesson as it reads now;
 * one that is not refuses the whole request before anything is saved.
 */
export async function addStudyItems(opts: { userId: string; lessonId: string; texts: string[]; now: Date }): Promise<AddStudyItemsResult> {
  const lesson = isLessonId(opts.lessonId)
    ? await db.lesson.findFirst({ where: { id: opts.lessonId, ...readableLessonWhere(opts.userId) }, select: { id: true } })
    : null;
  if (!lesson) throw new AppError("NOT_FOUND", "Lesson not found.");
  const vocabulary = new Map((await lessonVocabulary({ lessonId: lesson.id })).map((v) => [v.text, v]));
  const texts = [...new Set(opts.texts.map((t) => t.trim()))];
  const missing = texts.filter((t) => !vocabulary.has(t));
  if (missing.length) {
    throw new AppError("INVALID_INPUT", `Not a word of this lesson (it may have been corrected since): ${missing.slice(0, 5).join("、")}`);
  }
  // Adding a word the learner had set aside means they want to learn it after all.
  await db.ignoredWord.deleteMany({ where: { userId: opts.userId, text: { in: texts } } });
  const result: AddStudyItemsResult = { added: [], alreadySaved: [] };
  for (const text of texts) {
    const item = vocabulary.get(text)!;
    const saved = await saveNote({ userId: opts.userId, text, kind: item.kind, lessonId: lesson.id, sentenceIndex: item.sentenceIndex, now: opts.now });
    (saved.created ? result.added : result.alreadySaved).push(text);
  }
  return result;
}
