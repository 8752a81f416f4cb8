import { z } from "zod";

// The diplomatic glossary is versioned data (lib/dict/data/glossary.json), not code.
// Teachers' own entries (stored in the database) use the same shape.
const HAN = /\p{Script=Han}/u;

export const glossaryEntrySchema = z
  .object({
    /** Stable slug, e.g. "renlei-mingyun-gongtongti". Never reused for another term. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Simplified Chinese, Han characters only (no punctuation), e.g. 人类命运共同体. */
    term: z.string().min(2).max(40),
    /** Tone-marked pinyin, one lowercase syllable per Han character, single spaces. */
    pinyin: z.string().min(1),
    /** idiom: chengyu, proverbs, classical quotations. phrase: political/diplomatic formulations. */
    kind: z.enum(["idiom", "phrase"]),
    /** English rendering. */
    english: z.string().min(1),
    /** true only when this is certainly the rendering used in the government's own English texts. */
    official: z.boolean(),
    /** Word-by-word literal gloss. */
    literal: z.string().min(1),
    /** Short usage note: where it comes from, how it is used. */
    note: z.string().min(1),
    /** Other written forms that should be recognised as this entry (optional). */
    variants: z.array(z.string()).optional(),
    /**
     * English of a variant that is other wording than the term (人大 under 全国人民代表大会, 不忘初心
     * under 不忘初心牢记使命), keyed by the variant as listed: such a variant is the entry's, with this
     * English. A variant that writes the term's own words (punctuation aside) takes the term's English.
     */
    variantEnglish: z.record(z.string(), z.string().min(1)).optional(),
  })
  .refine((e) => Object.keys(e.variantEnglish ?? {}).every((v) => e.variants?.includes(v)), {
    message: "variantEnglish keys must be listed in variants",
  })
  .refine((e) => [...e.term].every((ch) => HAN.test(ch)), { message: "term must be Han characters only" })
  .refine((e) => e.pinyin.split(" ").length === [...e.term].length, {
    message: "pinyin must have one syllable per Han character",
  });

export const glossaryFileSchema = z.object({
  version: z.string().min(1),
  description: z.string(),
  entries: z.array(glossaryEntrySchema),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
