import "server-only";
import type { CardState, CardStateValue } from "@/lib/srs/card-state";
import type { CardType, NoteKind } from "@/lib/srs/card-types";

// Prisma enums are UPPERCASE, lib/srs uses lowercase strings: convert here, at the boundary.
export const toSrsCardType = (t: string) => t.toLowerCase() as CardType;
export const toDbCardType = (t: CardType) => t.toUpperCase() as "RECOGNITION" | "RECALL" | "LISTENING" | "CLOZE" | "COMPLETION";
export const toSrsNoteKind = (k: string) => k.toLowerCase() as NoteKind;

/** The scheduling columns of a Card row (as Prisma or a raw query returns them: `state` is a plain number). */
export type CardStateRow = Omit<CardState, "state"> & { state: number };

export function toCardState(row: CardStateRow): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateValue,
    lastReview: row.lastReview,
  };
}

/**
 * What the API returns about a card after an answer, an undo or a suspend: its whole scheduling
 * state, so a client can go on from it (the review screen schedules the card's next answer
 * locally) without asking for the queue again.
 */
export interface CardSummary {
  id: string;
  due: string;
  state: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
  version: number;
  suspended: boolean;
}

export function toCardSummary(row: CardStateRow & { id: string; version: number; suspended: boolean }): CardSummary {
  return {
    id: row.id,
    due: row.due.toISOString(),
    state: row.state,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
    version: row.version,
    suspended: row.suspended,
  };
}
