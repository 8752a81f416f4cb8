import "server-only";
import { db } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";
import type { DroppedLine } from "@/lib/text/dropped-line";
import { isLessonId, readableLessonWhere } from "./lesson-access";

export interface ReaderSentence {
  index: number;
  paragraph: number;
  speaker: string | null;
  role: "question" | "answer" | null;
  text: string;
  tokens: LessonToken[];
  /** The sentence's English (aligned or corrected); null without one. */
  translation: string | null;
}

export interface ReaderLesson {
  id: string;
  title: string;
  dateline: string | null;
  isOwner: boolean;
  sentences: ReaderSentence[];
  /** Lines the pipeline left out, with reasons; shown under the title. */
  dropped: DroppedLine[];
}

/** A lesson the user may read, with its sentences in order; null when missing or not theirs to read. */
export async function getLesson(opts: { userId: string; lessonId: string }): Promise<ReaderLesson | null> {
  if (!isLessonId(opts.lessonId)) return null;
  const lesson = await db.lesson.findFirst({
    where: { id: opts.lessonId, ...readableLessonWhere(opts.userId) },
    select: {
      id: true,
      title: true,
      dateline: true,
      ownerId: true,
      droppedLines: true,
      sentences: { orderBy: { index: "asc" }, select: { index: true, paragraph: true, speaker: true, role: true, text: true, tokens: true, translation: true } },
    },
  });
  if (!lesson) return null;
  return {
    id: lesson.id,
    title: lesson.title,
    dateline: lesson.dateline,
    isOwner: lesson.ownerId === opts.userId,
    dropped: Array.isArray(lesson.droppedLines) ? (lesson.droppedLines as unknown as DroppedLine[]) : [],
    sentences: lesson.sentences.map((s) => ({
      ...s,
      role: s.role === "question" || s.role === "answer" ? s.role : null,
      tokens: s.tokens as unknown as LessonToken[],
    })),
  };
}
