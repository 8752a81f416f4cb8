import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/server/db";

/**
 * A re-build replaces every sentence from the source text, so the owner's corrections (LessonEdit)
 * would be lost and their undo would write into sentences that no longer match: refused instead.
 */
export async function assertNoCorrections(tx: Prisma.TransactionClient, lessonId: string): Promise<void> {
  if (await tx.lessonEdit.count({ where: { lessonId, undoneAt: null } })) {
    throw new AppError("CONFLICT", "This lesson has corrections; re-building it from its source text would lose them. Undo them first.");
  }
}
