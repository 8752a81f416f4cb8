import "server-only";
import { db } from "@/lib/server/db";
import { buildLesson, type LessonDraft } from "@/lib/text/build-lesson";
import type { DroppedLine } from "@/lib/text/dropped-line";
import { checkLessonInput } from "@/lib/text/lesson-text-problem";
import { translateDraft } from "@/lib/text/attach-translation";
import { checkEnglishText } from "@/lib/text/english-input";

export interface CreateLessonOptions {
  ownerId: string;
  text: string;
  title?: string;
  visibility?: "PRIVATE" | "CLASSES";
  /** The official English version of the same text, aligned sentence by sentence. */
  english?: string | null;
  onProgress?: (done: number, total: number) => void;
}

/** Runs the pipeline and stores the lesson with all its sentences in one transaction. */
export interface CreatedLesson {
  id: string;
  title: string;
  sentenceCount: number;
  /** What the pipeline left out and why (navigation, share bar, …), as shown in the reader. */
  dropped: DroppedLine[];
}

export async function createLesson(opts: CreateLessonOptions): Promise<CreatedLesson> {
  const text = checkLessonInput(opts.text);
  const draft = buildLesson(text, { title: opts.title?.trim() || undefined, onProgress: opts.onProgress });
  return storeLesson(opts.ownerId, text, draft, opts.visibility ?? "PRIVATE", opts.english);
}

export async function storeLesson(ownerId: string, sourceText: string, draft: LessonDraft, visibility: "PRIVATE" | "CLASSES", english?: string | null): Promise<CreatedLesson> {
  const translated = translateDraft(draft, checkEnglishText(english));
  const title = draft.title.slice(0, 200) || "Untitled lesson";
  const lesson = await db.$transaction(async (tx) => {
    const created = await tx.lesson.create({
      data: {
        ownerId,
        title,
        dateline: draft.dateline,
        visibility,
        sourceText,
        characterCount: draft.stats.characters,
        tokenCount: draft.stats.tokens,
        hskProfile: draft.stats.hskProfile,
        droppedLines: draft.dropped as unknown as object[],
        englishSentences: translated.englishSentences,
      },
      select: { id: true },
    });
    await tx.sentence.createMany({
      data: draft.sentences.map((s) => ({
        lessonId: created.id,
        index: s.index,
        paragraph: s.paragraph,
        speaker: s.speaker,
        role: s.role,
        text: s.text,
        tokens: s.tokens as unknown as object[],
        ...translated.sentences[s.index],
      })),
    });
    return created;
  });
  return { id: lesson.id, title, sentenceCount: draft.sentences.length, dropped: draft.dropped };
}
