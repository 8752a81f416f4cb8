import "server-only";
import { db } from "@/lib/server/db";
import { countStatuses, type StatusCounts } from "@/lib/srs/word-status";
import { getWordStatuses } from "@/lib/server/words/get-word-statuses";
import { lessonVocabularyTexts } from "@/lib/server/words/lesson-vocabulary";
import { readableLessonWhere } from "./lesson-access";

export interface LessonListItem {
  id: string;
  title: string;
  dateline: string | null;
  mine: boolean;
  createdAt: Date;
  characterCount: number;
  sentenceCount: number;
  hskProfile: Record<string, number>;
  /** Distinct vocabulary (words, idioms, set phrases; not names, numbers or particles). */
  wordCount: number;
  knownCount: number;
  /** The learner's status of each distinct word (lib/srs/word-status.ts). */
  counts: StatusCounts;
  /** Earliest due date among the user's classes that were assigned this lesson. */
  dueAt: Date | null;
  className: string | null;
}

/**
 * Every lesson the user may read, newest first: their own, those assigned to their classes, and
 * those their classes' teachers share with their classes (visibility CLASSES).
 */
export async function listLessons(opts: { userId: string; now: Date }): Promise<LessonListItem[]> {
  const { userId } = opts;
  const lessons = await db.lesson.findMany({
    where: readableLessonWhere(userId),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      dateline: true,
      ownerId: true,
      createdAt: true,
      characterCount: true,
      hskProfile: true,
      _count: { select: { sentences: true } },
      assignments: {
        where: { class: { memberships: { some: { userId } } } },
        orderBy: { dueAt: "asc" },
        take: 1,
        select: { dueAt: true, class: { select: { name: true } } },
      },
    },
  });
  if (!lessons.length) return [];

  // Distinct vocabulary per lesson, then one status query for the union of all lessons' words.
  const vocabulary = await lessonVocabularyTexts({ lessonIds: lessons.map((l) => l.id) });
  const statuses = await getWordStatuses({ userId, texts: [...vocabulary.values()].flat(), now: opts.now });

  return lessons.map((l) => {
    const texts = vocabulary.get(l.id) ?? [];
    const counts = countStatuses(texts.map((t) => statuses.get(t) ?? "new"));
    return {
      id: l.id,
      title: l.title,
      dateline: l.dateline,
      mine: l.ownerId === userId,
      createdAt: l.createdAt,
      characterCount: l.characterCount,
      sentenceCount: l._count.sentences,
      hskProfile: (l.hskProfile ?? {}) as Record<string, number>,
      wordCount: texts.length,
      knownCount: counts.known,
      counts,
      dueAt: l.assignments[0]?.dueAt ?? null,
      className: l.assignments[0]?.class.name ?? null,
    };
  });
}
