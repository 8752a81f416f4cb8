import { z } from "zod";
import { STEP_PATTERN, stepToMinutes } from "@/lib/srs/settings";
import { isValidTimeZone } from "@/lib/srs/time-zone";

const MAX_STEPS = 10;
// A step longer than the maximum interval would be nonsense; 30 days keeps steps "short-term".
const MAX_STEP_MINUTES = 30 * 1440;
const FSRS6_WEIGHT_COUNT = 21;

const step = z
  .string()
  .trim()
  .regex(STEP_PATTERN, 'Use a whole number followed by m, h or d, e.g. "1m", "10m", "1h", "1d"')
  .refine((s) => !STEP_PATTERN.test(s) || stepToMinutes(s) <= MAX_STEP_MINUTES, "A step can be at most 30 days");

const steps = (label: string) =>
  z.array(step).max(MAX_STEPS, `At most ${MAX_STEPS} ${label} steps`);

export const schedulingSettingsSchema = z.object({
  desiredRetention: z
    .number({ error: "Desired retention must be a number" })
    .min(0.7, "Desired retention must be at least 0.70")
    .max(0.99, "Desired retention must be at most 0.99"),
  maximumInterval: z
    .number({ error: "Maximum interval must be a number" })
    .int("Maximum interval must be a whole number of days")
    .min(1, "Maximum interval must be at least 1 day")
    .max(36500, "Maximum interval must be at most 36500 days"),
  learningSteps: steps("learning"),
  relearningSteps: steps("relearning"),
  enableFuzz: z.boolean(),
  weights: z
    .array(z.number().refine(Number.isFinite, "Weights must be finite numbers"))
    .length(FSRS6_WEIGHT_COUNT, `FSRS-6 needs exactly ${FSRS6_WEIGHT_COUNT} weights`)
    .nullable(),
  newPerDay: z
    .number()
    .int("New cards per day must be a whole number")
    .min(0, "New cards per day cannot be negative")
    .max(9999, "New cards per day must be at most 9999"),
  reviewsPerDay: z
    .number()
    .int("Reviews per day must be a whole number")
    .min(0, "Reviews per day cannot be negative")
    .max(99999, "Reviews per day must be at most 99999"),
  timeZone: z
    .string()
    .trim()
    .refine(isValidTimeZone, { error: (issue) => `Unknown time zone "${String(issue.input)}"` }),
  dayStartHour: z
    .number()
    .int("The day start hour must be a whole hour")
    .min(0, "The day start hour must be between 0 and 23")
    .max(23, "The day start hour must be between 0 and 23"),
});

/** For settings forms that change only some fields. */
export const schedulingSettingsPatchSchema = schedulingSettingsSchema.partial();

export type SchedulingSettingsInput = z.input<typeof schedulingSettingsSchema>;
