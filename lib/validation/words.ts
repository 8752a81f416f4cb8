import { z } from "zod";

const HAN = /\p{Script=Han}/u;
const wordText = z.string().trim().min(1, "Say which word").max(500, "A word is at most 500 characters").regex(HAN, "A word must contain Chinese characters");

export const MAX_STUDY_BATCH = 50;

export const addStudyItemsInput = z.object({
  lessonId: z.string().min(1, "Say which lesson"),
  texts: z.array(wordText).min(1, "Choose at least one word").max(MAX_STUDY_BATCH, `At most ${MAX_STUDY_BATCH} words at once`),
});

export const ignoreWordInput = z.object({
  text: wordText,
  reason: z.enum(["known", "skip"]),
});

export const unignoreWordInput = z.object({ text: wordText });

export const hskLevelInput = z.object({
  level: z.union([z.literal(null), z.number().int().min(1, "HSK levels are 1–7").max(7, "HSK levels are 1–7")]),
});
