import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs/time-zone";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const emailSchema = z
  .string({ error: "Enter your e-mail address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address")
  .max(254, "That e-mail address is too long")
  .pipe(z.email({ error: "Enter a valid e-mail address" }));

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(100, "Keep the name under 100 characters"),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password" })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
  /** Optional: a teacher invite code from an administrator (the teacher role is never self-chosen). */
  inviteCode: z.string().trim().max(40, "That is not a teacher invite code").optional(),
  // The browser's zone, from a hidden field: the study day follows it from the first review. The
  // learner cannot see or fix this field, so an unknown zone falls back to UTC instead of refusing.
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((z) => (z && isValidTimeZone(z) ? z : undefined))
    .catch(undefined),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX, "Wrong e-mail or password"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** zod issues → { field: first message } for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
