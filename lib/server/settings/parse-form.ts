import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/auth";

/** zod → AppError with one message per field, which the forms show next to each input. */
export function parseForm<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new AppError("INVALID_INPUT", Object.values(fields)[0] ?? "Please check the form.", { fields });
}
