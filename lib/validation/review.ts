import { z } from "zod";

export const MAX_ANSWER_DURATION_MS = 86_400_000;

const uuid = (what: string) => z.string({ error: `${what} is required` }).uuid(`${what} must be a UUID`);

export const reviewAnswerSchema = z.object({
  id: uuid("id"),
  cardId: uuid("cardId"),
  rating: z
    .number({ error: "rating must be a number" })
    .int("rating must be 1, 2, 3 or 4")
    .min(1, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
    .max(4, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"),
  reviewedAt: z.iso.datetime({ offset: true, error: "reviewedAt must be an ISO 8601 time, e.g. 2025-03-07T09:30:00Z" }),
  // A card left open over lunch is a real answer; a negative or astronomical time is a bug (the
  // server stores at most 10 minutes of it for the time-spent statistics, like Anki's cap).
  durationMs: z
    .number({ error: "durationMs must be a number" })
    .finite("durationMs must be a finite number")
    .min(0, "durationMs cannot be negative")
    .max(MAX_ANSWER_DURATION_MS, `durationMs must be at most ${MAX_ANSWER_DURATION_MS} (one day)`),
  cardVersion: z.number().int("cardVersion must be a whole number").min(0).optional(),
});

export const reviewAnswersSchema = z.object({
  answers: z
    .array(reviewAnswerSchema, { error: "answers must be a list" })
    .min(1, "Send at least one answer")
    .max(200, "Send at most 200 answers at a time"),
  /** The sender's clock when it sent the batch: answers from a device whose clock is off are shifted by the difference. */
  sentAt: z.iso.datetime({ offset: true, error: "sentAt must be an ISO 8601 time" }).optional(),
});

export const suspendCardSchema = z.object({
  cardId: uuid("cardId"),
  suspended: z.boolean().default(true),
});

/** An undo queued offline names the answer it takes back; without a body, the latest answer. */
export const undoReviewSchema = z.object({ answerId: uuid("answerId").optional() });

export type ReviewAnswersInput = z.infer<typeof reviewAnswersSchema>;
