import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/auth";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A class the caller may not see is reported exactly like one that does not exist. */
export const classNotFound = () => new AppError("NOT_FOUND", "Class not found.");

/** Ids come from forms and URLs; a non-UUID cannot name a row (and would make PostgreSQL throw). */
export function isId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Validates input or throws INVALID_INPUT with one message per field; nothing is written. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fields: fieldErrors(parsed.error) });
  return parsed.data;
}
