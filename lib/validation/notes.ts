import { z } from "zod";

const HAN = /\p{Script=Han}/u;

export const noteKindSchema = z.enum(["word", "idiom", "phrase", "sentence"]);

export const saveNoteSchema = z.object({
  text: z
    .string({ error: "text is required" })
    .trim()
    .min(1, "text is empty")
    .max(500, "text is longer than 500 characters")
    .refine((t) => HAN.test(t), "text must contain Chinese characters"),
  kind: noteKindSchema.optional(),
  lessonId: z.uuid("lessonId must be a lesson id").optional(),
  sentenceIndex: z.number().int().min(0).optional(),
}).refine((b) => b.sentenceIndex === undefined || b.lessonId !== undefined, {
  message: "sentenceIndex needs a lessonId",
  path: ["sentenceIndex"],
});

export type SaveNoteInput = z.infer<typeof saveNoteSchema>;
