// Notes and cards straight into the database, for review tests (independent of the note-saving code).
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { makeLog as makeLogRow } from "./make-notes";

type DbCardType = "RECOGNITION" | "RECALL" | "LISTENING" | "CLOZE" | "COMPLETION";

export interface CardSpec {
  type?: DbCardType;
  due?: Date;
  state?: number;
  stability?: number;
  difficulty?: number;
  scheduledDays?: number;
  elapsedDays?: number;
  reps?: number;
  lapses?: number;
  lastReview?: Date | null;
  suspended?: boolean;
  buriedUntil?: Date | null;
}

/** A word note with the given cards (default: one new recognition card due `createdAt`). */
export async function makeNote(opts: {
  userId: string;
  text?: string;
  createdAt?: Date;
  sentenceText?: string | null;
  lessonId?: string | null;
  cards?: CardSpec[];
}) {
  const createdAt = opts.createdAt ?? new Date("2025-03-01T00:00:00Z");
  const note = await db.note.create({
    data: {
      userId: opts.userId,
      kind: "WORD",
      text: opts.text ?? `词${randomUUID().slice(0, 8)}`,
      pinyin: "cí",
      meaning: "word",
      sentenceText: opts.sentenceText ?? null,
      lessonId: opts.lessonId ?? null,
      createdAt,
    },
  });
  const specs = opts.cards ?? [{}];
  const cards = [];
  for (const [i, spec] of specs.entries()) {
    cards.push(
      await db.card.create({
        data: {
          noteId: note.id,
          userId: opts.userId,
          type: spec.type ?? (["RECOGNITION", "RECALL", "LISTENING", "CLOZE", "COMPLETION"] as const)[i],
          due: spec.due ?? createdAt,
          state: spec.state ?? 0,
          stability: spec.stability ?? 0,
          difficulty: spec.difficulty ?? 0,
          scheduledDays: spec.scheduledDays ?? 0,
          elapsedDays: spec.elapsedDays ?? 0,
          reps: spec.reps ?? 0,
          lapses: spec.lapses ?? 0,
          lastReview: spec.lastReview ?? null,
          suspended: spec.suspended ?? false,
          buriedUntil: spec.buriedUntil ?? null,
          createdAt,
        },
      }),
    );
  }
  return { note, cards };
}

/** A review card (state 2) due at `due`, last reviewed 10 days before. */
export const reviewCard = (due: Date, type?: DbCardType): CardSpec => ({
  type,
  due,
  state: 2,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  reps: 3,
  lastReview: new Date(due.getTime() - 10 * 86_400_000),
});

/** A review log row as if the user had answered a card at `review` (for done-today counts). */
export function makeLog(opts: { userId: string; cardId: string; review: Date; state: number; cardVersion?: number }) {
  return makeLogRow(opts.userId, opts.cardId, { review: opts.review, rating: 3, state: opts.state as 0 | 1 | 2 | 3, cardVersion: opts.cardVersion });
}
