// Notes, cards and review logs written straight to the database, for tests that need a history.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";

type Kind = "WORD" | "IDIOM" | "PHRASE" | "SENTENCE";
type CardType = "RECOGNITION" | "RECALL" | "LISTENING" | "CLOZE" | "COMPLETION";

export async function makeNote(
  userId: string,
  opts: { text?: string; pinyin?: string; meaning?: string; kind?: Kind; tags?: string[]; lessonId?: string; sentenceText?: string; cardTypes?: CardType[]; due?: Date; createdAt?: Date } = {},
) {
  const note = await db.note.create({
    data: {
      userId,
      kind: opts.kind ?? "WORD",
      text: opts.text ?? `词${randomUUID().slice(0, 8)}`,
      pinyin: opts.pinyin ?? "cí",
      meaning: opts.meaning ?? "word",
      tags: opts.tags ?? [],
      lessonId: opts.lessonId,
      sentenceText: opts.sentenceText,
      createdAt: opts.createdAt,
    },
  });
  const cards = [];
  for (const type of opts.cardTypes ?? ["RECOGNITION", "RECALL"]) {
    cards.push(await db.card.create({ data: { noteId: note.id, userId, type, due: opts.due ?? new Date("2026-01-01T00:00:00Z") } }));
  }
  return { note, cards };
}

/** One review log row; the card itself is not rescheduled (stats only read the logs). */
export async function makeLog(
  userId: string,
  cardId: string,
  opts: { review: Date; rating: 1 | 2 | 3 | 4; state: 0 | 1 | 2 | 3; durationMs?: number; cardVersion?: number },
) {
  return db.reviewLog.create({
    data: {
      clientId: randomUUID(),
      userId,
      cardId,
      rating: opts.rating,
      state: opts.state,
      due: opts.review,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      review: opts.review,
      previousDue: opts.review,
      durationMs: opts.durationMs ?? 0,
      cardVersion: opts.cardVersion ?? 1,
    },
  });
}

export async function makeLesson(ownerId: string, title = "测试课") {
  return db.lesson.create({ data: { ownerId, title, sourceText: "测试。", characterCount: 3, tokenCount: 1, hskProfile: {} } });
}
