import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { decodeTranscriptBytes } from "@/lib/text/decode-input";
import { checkLessonInput } from "@/lib/text/lesson-text-problem";
import { unstorableReason } from "@/lib/text/storable-text";
import { checkEnglishText, decodeEnglishBytes } from "@/lib/text/english-input";
import { enqueueLessonImport } from "./enqueue-lesson-build";
import type { LessonBuildView } from "./lesson-build-view";

export interface ImportLessonOptions {
  ownerId: string;
  /** Pasted text, or the bytes of an uploaded file (decoded here: UTF-8, UTF-16 with BOM, GB18030). */
  source: { text: string } | { bytes: Uint8Array };
  title?: string;
  visibility?: "PRIVATE" | "CLASSES";
  /** Only teachers share lessons with their classes; a learner asking for it is refused. */
  role?: "LEARNER" | "TEACHER" | "ADMIN";
  /** The English version: pasted text or the bytes of an uploaded UTF-8 file. */
  english?: { text: string } | { bytes: Uint8Array };
}

/**
 * Decodes and checks the transcript, then queues the build (the worker builds and stores the
 * lesson). Bad input throws an AppError whose `fields.text` holds the message for the form, before
 * anything is written; so does a passed daily quota.
 */
export async function importLesson(opts: ImportLessonOptions): Promise<LessonBuildView> {
  const badTitle = opts.title ? unstorableReason(opts.title) : null;
  if (badTitle) throw new AppError("INVALID_INPUT", `The title ${badTitle}.`, { fields: { title: `The title ${badTitle}.` } });
  if (opts.visibility === "CLASSES" && opts.role === "LEARNER") {
    const message = "Only teachers can share a lesson with their classes; choose PRIVATE.";
    throw new AppError("INVALID_INPUT", message, { fields: { visibility: message } });
  }
  let text: string;
  try {
    const raw = "bytes" in opts.source ? decodeTranscriptBytes(opts.source.bytes) : opts.source.text;
    // PostgreSQL cannot store NUL or a lone surrogate: refuse them, saying where, instead of a 500.
    const unstorable = unstorableReason(raw);
    if (unstorable) throw new AppError("INVALID_INPUT", `The text ${unstorable}; remove it and try again`);
    text = checkLessonInput(raw);
  } catch (e) {
    if (isAppError(e)) throw new AppError(e.code, e.message, { fields: { text: e.message } });
    throw e;
  }
  const e = opts.english;
  const english = checkEnglishText(e ? ("bytes" in e ? decodeEnglishBytes(e.bytes) : e.text) : null);
  const badEnglish = english ? unstorableReason(english) : null;
  if (badEnglish) {
    const message = `The English version ${badEnglish}; remove it and try again`;
    throw new AppError("INVALID_INPUT", message, { fields: { english: message } });
  }
  return enqueueLessonImport({ ownerId: opts.ownerId, text, title: opts.title, visibility: opts.visibility, english });
}
