import "server-only";
import type { Prisma } from "@/lib/server/db";
import type { LessonToken } from "@/lib/text/build-lesson";

/** What an edit changes in one sentence; LessonEdit.before/after hold arrays of these. */
export interface SentenceState {
  index: number;
  text: string;
  tokens: LessonToken[];
  translation: string | null;
  enStart: number | null;
  enEnd: number | null;
}

export const sentenceStateSelect = { index: true, text: true, tokens: true, translation: true, enStart: true, enEnd: true } as const;

export function toState(row: { index: number; text: string; tokens: unknown; translation: string | null; enStart: number | null; enEnd: number | null }): SentenceState {
  return { ...row, tokens: row.tokens as LessonToken[] };
}

export async function writeStates(tx: Prisma.TransactionClient, lessonId: string, states: SentenceState[]): Promise<void> {
  for (const s of states) {
    await tx.sentence.update({
      where: { lessonId_index: { lessonId, index: s.index } },
      data: { text: s.text, tokens: s.tokens as unknown as object[], translation: s.translation, enStart: s.enStart, enEnd: s.enEnd },
    });
  }
}
