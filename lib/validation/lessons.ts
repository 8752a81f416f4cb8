import { z } from "zod";

export const lessonVisibilitySchema = z.enum(["PRIVATE", "CLASSES"]);

/** JSON body of POST /api/lessons (a multipart form carries the same fields, `file` instead of `text`). */
export const importLessonSchema = z.object({
  text: z.string({ error: "text: paste a transcript" }),
  title: z.string().max(200, "The title is longer than 200 characters").optional(),
  visibility: lessonVisibilitySchema.optional(),
  /** The official English version of the same text (optional). */
  english: z.string({ error: "english: must be text" }).nullable().optional(),
});

export type ImportLessonInput = z.infer<typeof importLessonSchema>;

/** Lesson ids are UUIDs; anything else is answered like a missing lesson. */
export const lessonIdSchema = z.uuid();

/** The largest request body POST /api/lessons reads (200,000 characters of UTF-8 Chinese is ~600 KB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
