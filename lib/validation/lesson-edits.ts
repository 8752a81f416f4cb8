import { z } from "zod";

// One correction of a lesson by its owner (POST /api/lessons/<id>/edits). Indices are positions in
// the lesson as the editor showed it; a stale index is caught by the data function.
const index = z.number({ error: "must be a number" }).int().min(0).max(100_000);
const TONED_SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/u;
export const TOKEN_KINDS = ["word", "idiom", "phrase", "name", "number", "other"] as const;

export const pinyinSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/\s+/g, " "))
  .refine((s) => s.split(" ").every((syl) => TONED_SYLLABLE.test(syl)), "Write tone-marked pinyin, one syllable per character (jiàn shè)");

export const lessonEditSchema = z.discriminatedUnion(
  "op",
  [
    z.object({
      op: z.literal("token"),
      sentenceIndex: index,
      tokenIndex: index,
      pinyin: pinyinSchema.optional(),
      gloss: z.string().trim().min(1, "A gloss cannot be empty").max(300, "Keep the gloss under 300 characters").optional(),
      kind: z.enum(TOKEN_KINDS).optional(),
    }),
    z.object({ op: z.literal("merge"), sentenceIndex: index, tokenIndex: index }),
    z.object({ op: z.literal("split"), sentenceIndex: index, tokenIndex: index, at: index }),
    z.object({
      op: z.literal("text"),
      sentenceIndex: index,
      text: z.string().trim().min(1, "A sentence cannot be empty").max(1000, "Keep a sentence under 1,000 characters"),
    }),
    z.object({
      op: z.literal("translation"),
      sentenceIndex: index,
      translation: z.string().trim().max(2000, "Keep a translation under 2,000 characters").nullable(),
    }),
    z.object({ op: z.literal("alignment"), sentenceIndex: index, direction: z.enum(["take", "give"]) }),
  ],
  { error: "op must be token, merge, split, text, translation or alignment" },
);

export type LessonEditInput = z.infer<typeof lessonEditSchema>;

export const glossaryTermSchema = z.object({
  term: z
    .string({ error: "Enter the term" })
    .trim()
    .min(2, "A term has at least two characters")
    .max(40, "Keep the term under 40 characters")
    .refine((t) => [...t].every((c) => /\p{Script=Han}/u.test(c)), "The term must be Chinese characters only"),
  pinyin: pinyinSchema,
  english: z.string({ error: "Enter the English" }).trim().min(1, "Enter the English").max(300),
  note: z.string().trim().max(500).default(""),
  kind: z.enum(["idiom", "phrase"]).default("phrase"),
});
export type GlossaryTermInput = z.infer<typeof glossaryTermSchema>;
