import "server-only";
import type { Prisma } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";
import { decodeSentenceTokens } from "@/lib/text/token-codec";

/** What an edit changes in one sentence; LessonEdit.before/after hold arrays of these. */
export interface SentenceState {
  index: number;
  text: string;
  tokens: LessonToken[];
  translation: string | null;
  enStart: number | null;
  enEnd: number | null;
}

/** Tokens are read with the lesson's word list (lib/text/token-codec.ts). */
export const sentenceStateSelect = {
  index: true, text: true, tokens: true, translation: true, enStart: true, enEnd: true, lesson: { select: { words: true } },
} as const;

type StateRow = { index: number; text: string; tokens: unknown; translation: string | null; enStart: number | null; enEnd: number | null; lesson: { words: unknown } };

export function toState(row: StateRow): SentenceState {
  const { index, text, translation, enStart, enEnd } = row;
  return { index, text, tokens: decodeSentenceTokens(row.tokens, row.lesson.words), translation, enStart, enEnd };
}

/** An edited sentence keeps its tokens whole (the codec's per-sentence form, still read by decodeSentenceTokens). */
export async function writeStates(tx: Prisma.TransactionClient, lessonId: string, states: SentenceState[]): Promise<void> {
  for (const s of states) {
    await tx.sentence.update({
      where: { lessonId_index: { lessonId, index: s.index } },
      data: { text: s.text, tokens: s.tokens as unknown as object[], translation: s.translation, enStart: s.enStart, enEnd: s.enEnd },
    });
  }
}
