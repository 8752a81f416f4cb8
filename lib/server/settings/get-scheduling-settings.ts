import "server-only";
import { sql } from "@/lib/server/db";
import { DEFAULT_SETTINGS, type SchedulingSettings } from "@/lib/srs/settings";
import type { CardType } from "@/lib/srs/card-types";

export interface UserSchedulingSettings extends SchedulingSettings {
  enabledCardTypes: CardType[];
  showPinyin: boolean;
  toneColors: boolean;
}

type SettingsRow = {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string[];
  relearningSteps: string[];
  weights: number[];
  newPerDay: number;
  reviewsPerDay: number;
  timeZone: string;
  dayStartHour: number;
  enabledCardTypes: string[];
  showPinyin: boolean;
  toneColors: boolean;
};

// Fuzz is read from the environment rather than getEnv(): scripts (benchmarks) run without the
// auth secret getEnv() insists on.
const fuzzEnabled = () => process.env.SRS_FUZZ !== "0";

/** DB row → lib/srs settings (enum values lower-cased, empty weights = FSRS defaults). */
export function toSchedulingSettings(row: SettingsRow | null): UserSchedulingSettings {
  if (!row) {
    return {
      ...DEFAULT_SETTINGS,
      enableFuzz: fuzzEnabled(),
      enabledCardTypes: ["recognition", "recall", "listening", "cloze", "completion"],
      showPinyin: true,
      toneColors: true,
    };
  }
  return {
    desiredRetention: row.desiredRetention,
    maximumInterval: row.maximumInterval,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    enableFuzz: fuzzEnabled(),
    weights: row.weights.length > 0 ? row.weights : null,
    newPerDay: row.newPerDay,
    reviewsPerDay: row.reviewsPerDay,
    timeZone: row.timeZone,
    dayStartHour: row.dayStartHour,
    enabledCardTypes: row.enabledCardTypes.map((t) => t.toLowerCase() as CardType),
    showPinyin: row.showPinyin,
    toneColors: row.toneColors,
  };
}

/** The user's scheduling settings; a user without a settings row gets the defaults. */
export async function getSchedulingSettings(opts: { userId: string }): Promise<UserSchedulingSettings> {
  // Read on every queue and answer: straight through pg (lib/server/db.ts sql), a prepared statement.
  const [row] = await sql<SettingsRow>(
    "scheduling_settings",
    `SELECT "desiredRetention", "maximumInterval", "learningSteps", "relearningSteps", weights, "newPerDay", "reviewsPerDay",
            "timeZone", "dayStartHour", "enabledCardTypes"::text[] AS "enabledCardTypes", "showPinyin", "toneColors"
     FROM "SchedulingSettings" WHERE "userId" = $1::uuid`,
    [opts.userId],
  );
  return toSchedulingSettings(row ?? null);
}
