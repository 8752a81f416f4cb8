import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { toCardState, toCardSummary, type CardSummary } from "@/lib/server/cards/card-row";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import type { CardStateValue, RatingValue } from "@/lib/srs/card-state";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import { undoAnswer } from "@/lib/srs/scheduler";

/**
 * Takes back the user's latest answer: the card is restored exactly as it was (FSRS fields and
 * version), the log is deleted and the siblings that answer buried come back, all in one transaction.
 * With `answerId` (Undo in one tab or device, possibly queued offline) only that answer is taken
 * back, and only while it is still the latest answer to its card: a later answer to the same card
 * (another tab or device) wins. Answers to other cards given since do not stand in the way (each
 * tab undoes its own answers). An answer already taken back is reported as NOT_FOUND so a retried
 * undo never takes back a second one.
 */
export async function undoReview(opts: { userId: string; answerId?: string }): Promise<{ card: CardSummary }> {
  const { userId, answerId } = opts;
  const settings = await getSchedulingSettings({ userId });
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: answerId === undefined ? { userId } : { userId, clientId: answerId },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      include: { card: true },
    });
    if (!log) throw new AppError("NOT_FOUND", answerId === undefined ? "Nothing to undo" : "Nothing to undo: that answer is not recorded (already taken back?).");
    const { card } = log;
    if (card.version !== log.cardVersion) {
      throw new AppError("CONFLICT", "This card has been answered again since (perhaps on another device), so its earlier answer can no longer be undone.");
    }

    const restored = undoAnswer(
      toCardState(card),
      {
        rating: log.rating as RatingValue,
        state: log.state as CardStateValue,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: log.scheduledDays,
        learningSteps: log.learningSteps,
        review: log.review,
        previousDue: log.previousDue,
      },
      settings,
    );
    const updated = await tx.card.updateMany({
      where: { id: card.id, userId, version: log.cardVersion },
      data: { ...restored, version: log.cardVersion - 1 },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "This card changed while undoing; please try again.");
    await tx.reviewLog.delete({ where: { id: log.id } });
    // Remember the answer's id: the client's outbox may still retry it, and it must never count again.
    await tx.undoneAnswer.upsert({ where: { userId_clientId: { userId, clientId: log.clientId } }, update: {}, create: { userId, clientId: log.clientId } });

    // The answer buried its siblings until the next study day; bring them back unless another of
    // the note's cards was also answered that day (which would have buried them anyway).
    const buriedUntil = nextStudyDayStart(log.review, settings.timeZone, settings.dayStartHour);
    const dayStart = studyDayStart(log.review, settings.timeZone, settings.dayStartHour);
    const otherAnswer = await tx.reviewLog.findFirst({
      where: { userId, review: { gte: dayStart, lt: buriedUntil }, card: { noteId: card.noteId } },
      select: { id: true },
    });
    if (!otherAnswer) {
      await tx.card.updateMany({ where: { noteId: card.noteId, userId, id: { not: card.id }, buriedUntil }, data: { buriedUntil: null } });
    }
    return { card: toCardSummary({ ...card, ...restored, version: log.cardVersion - 1 }) };
  });
}
