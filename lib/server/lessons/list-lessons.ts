import "server-only";
import { db } from "@/lib/server/db";
import { knownWordTexts } from "./known-words";

export interface LessonListItem {
  id: string;
  title: string;
  dateline: string | null;
  mine: boolean;
  createdAt: Date;
  characterCount: number;
  sentenceCount: number;
  hskProfile: Record<string, number>;
  /** Distinct vocabulary (word, idiom and phrase tokens). */
  wordCount: number;
  knownCount: number;
  /** Earliest due date among the user's classes that were assigned this lesson. */
  dueAt: Date | null;
  className: string | null;
}

/** The user's own lessons and the lessons assigned to their classes, newest first. */
export async function listLessons(opts: { userId: string; now: Date }): Promise<LessonListItem[]> {
  const { userId } = opts;
  const lessons = await db.lesson.findMany({
    where: { OR: [{ ownerId: userId }, { assignments: { some: { class: { memberships: { some: { userId } } } } } }] },
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

  const known = [...(await knownWordTexts(opts))];
  const ids = lessons.map((l) => l.id);
  // Distinct vocabulary per lesson straight from the stored tokens, so no sentence leaves the database.
  const counts = await db.$queryRaw<{ lessonId: string; words: bigint; known: bigint }[]>`
    SELECT s."lessonId" AS "lessonId",
           count(DISTINCT t->>'text') AS words,
           count(DISTINCT t->>'text') FILTER (WHERE t->>'text' = ANY(${known}::text[])) AS known
    FROM "Sentence" s CROSS JOIN LATERAL jsonb_array_elements(s.tokens) AS t
    WHERE s."lessonId" = ANY(${ids}::uuid[]) AND t->>'kind' IN ('word', 'idiom', 'phrase')
    GROUP BY s."lessonId"`;
  const byLesson = new Map(counts.map((c) => [c.lessonId, c]));

  return lessons.map((l) => {
    const c = byLesson.get(l.id);
    return {
      id: l.id,
      title: l.title,
      dateline: l.dateline,
      mine: l.ownerId === userId,
      createdAt: l.createdAt,
      characterCount: l.characterCount,
      sentenceCount: l._count.sentences,
      hskProfile: (l.hskProfile ?? {}) as Record<string, number>,
      wordCount: Number(c?.words ?? 0),
      knownCount: Number(c?.known ?? 0),
      dueAt: l.assignments[0]?.dueAt ?? null,
      className: l.assignments[0]?.class.name ?? null,
    };
  });
}
