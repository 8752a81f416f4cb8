import { z } from "zod";

export const CLASS_NAME_MAX = 120;
export const JOIN_CODE_LENGTH = 8;
/** No 0/O or 1/I: a code read aloud or copied from a whiteboard cannot be mistyped between them. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const NO_CLASS_WITH_CODE = "No class with this code";

export const classNameSchema = z
  .string({ error: "Enter a class name" })
  .trim()
  .min(1, "Enter a class name")
  .max(CLASS_NAME_MAX, `Keep the class name under ${CLASS_NAME_MAX} characters`);

/** Ids that are not UUIDs cannot name any row; they are answered like a missing record. */
export const classIdSchema = z.uuid();

/** Typed in any case, with stray spaces or dashes; every code is stored upper-case. */
export const joinCodeSchema = z
  .string({ error: "Enter the join code" })
  .transform((s) => s.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().min(1, "Enter the join code"));

/** An instant with an explicit offset (the browser converts its local date and time to ISO). */
export const dueAtSchema = z
  .string({ error: "Choose a due date and time" })
  .trim()
  .min(1, "Choose a due date and time")
  .pipe(z.iso.datetime({ offset: true, error: "Choose a valid due date and time" }))
  .transform((s) => new Date(s));

export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ classId: z.string(), name: classNameSchema });
export const joinClassSchema = z.object({ code: joinCodeSchema });
export const assignLessonSchema = z.object({
  classId: z.string(),
  lessonId: z.string({ error: "Choose a lesson" }).min(1, "Choose a lesson"),
  dueAt: dueAtSchema,
  /** Words at or above this HSK 3.0 level are pre-selected as items (idioms and phrases always are). */
  itemLevel: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
    z.number({ error: "Choose an HSK level" }).int().min(1, "Choose an HSK level from 1 to 7").max(7, "Choose an HSK level from 1 to 7").default(4),
  ),
});
export const changeDueDateSchema = z.object({ classId: z.string(), assignmentId: z.string(), dueAt: dueAtSchema });

/** FormData → plain object of its string fields, for zod. */
export function formFields(form: FormData | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form || typeof form.entries !== "function") return out;
  for (const [k, v] of form.entries()) if (typeof v === "string") out[k] = v;
  return out;
}
