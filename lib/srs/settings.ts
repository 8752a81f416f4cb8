// Per-user scheduling settings. The zod schema that validates them lives in
// lib/validation/settings.ts; this file stays dependency-free so the scheduler can import it.

/** A (re)learning step: a positive whole number of minutes, hours or days, e.g. "10m", "1d". */
export type StepString = `${number}${"m" | "h" | "d"}`;

export interface SchedulingSettings {
  /** Probability of recall FSRS aims for at each review, 0.70–0.99. */
  desiredRetention: number;
  /** Longest interval in days. */
  maximumInterval: number;
  learningSteps: string[];
  relearningSteps: string[];
  /** Randomise review intervals slightly so cards added together spread out. Tests pass false. */
  enableFuzz: boolean;
  /** FSRS-6 weights (21 numbers); null means the ts-fsrs defaults. */
  weights: number[] | null;
  newPerDay: number;
  reviewsPerDay: number;
  /** IANA zone, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** Local hour (0–23) at which a new study day begins, like Anki's "next day starts at". */
  dayStartHour: number;
}

export const DEFAULT_SETTINGS: SchedulingSettings = Object.freeze({
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  enableFuzz: true,
  weights: null,
  newPerDay: 20,
  reviewsPerDay: 200,
  timeZone: "UTC",
  dayStartHour: 4,
});

export const STEP_PATTERN = /^[1-9]\d*[mhd]$/;

const STEP_MINUTES = { m: 1, h: 60, d: 1440 } as const;

export function isStep(value: string): value is StepString {
  return STEP_PATTERN.test(value);
}

export function stepToMinutes(step: string): number {
  if (!isStep(step)) throw new RangeError(`Invalid step "${step}"`);
  const unit = step.slice(-1) as keyof typeof STEP_MINUTES;
  return Number(step.slice(0, -1)) * STEP_MINUTES[unit];
}
