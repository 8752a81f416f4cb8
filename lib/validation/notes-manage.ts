import { z } from "zod";
import { unstorableReason } from "@/lib/text/storable-text";

export const NOTE_KINDS = ["WORD", "IDIOM", "PHRASE", "SENTENCE"] as const;
export const NOTES_PAGE_SIZE = 25;

export const NOTES_SEARCH_MAX = 100;

/** Why a notes search cannot run (too long, or not text), or null. Said on the page, never silently dropped. */
export function notesSearchProblem(q: string): string | null {
  const length = [...q.trim()].length;
  if (length > NOTES_SEARCH_MAX) return `The search is ${length} characters long; searches are limited to ${NOTES_SEARCH_MAX}. Shorten it and search again.`;
  const reason = unstorableReason(q);
  return reason ? `The search ${reason}. Remove it and search again.` : null;
}

/** /notes search parameters; a malformed filter falls back to "no filter"; a bad search is reported (notesSearchProblem). */
export const notesQuerySchema = z.object({
  q: z.string().trim().max(NOTES_SEARCH_MAX).catch(""),
  kind: z.enum(NOTE_KINDS).optional().catch(undefined),
  lesson: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type NotesQuery = z.infer<typeof notesQuerySchema>;

const tag = z
  .string()
  .trim()
  .min(1, "A tag cannot be empty")
  .max(50, "Keep each tag under 50 characters")
  .regex(/^\S+$/u, "Tags cannot contain spaces (use _ instead)");

export const noteUpdateSchema = z
  .object({
    text: z.string().trim().min(1, "The text cannot be empty").max(500, "Keep the text under 500 characters").regex(/\p{Script=Han}/u, "The text must contain Chinese characters"),
    pinyin: z.string().trim().max(500, "Keep the pinyin under 500 characters"),
    meaning: z.string().trim().max(2000, "Keep the meaning under 2000 characters"),
    tags: z.array(tag).max(30, "At most 30 tags"),
  })
  .partial();

export type NoteUpdateInput = z.infer<typeof noteUpdateSchema>;

export const cardActionSchema = z.object({ action: z.enum(["suspend", "unsuspend", "reset"], { error: 'action must be "suspend", "unsuspend" or "reset"' }) });
