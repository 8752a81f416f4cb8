import { describe, expect, it } from "vitest";
import { schedulingSettingsPatchSchema, schedulingSettingsSchema } from "@/lib/validation/settings";
import { DEFAULT_SETTINGS, stepToMinutes } from "@/lib/srs/settings";
import { default_w } from "ts-fsrs";

function messages(input: unknown): Record<string, string> {
  const result = schedulingSettingsSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("DEFAULT_SETTINGS", () => {
  it("has the documented defaults and passes its own schema", () => {
    expect(DEFAULT_SETTINGS).toEqual({
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
    expect(schedulingSettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe("schedulingSettingsSchema", () => {
  it("bounds desired retention to 0.70–0.99", () => {
    expect(messages({ ...DEFAULT_SETTINGS, desiredRetention: 0.69 })).toEqual({ desiredRetention: "Desired retention must be at least 0.70" });
    expect(messages({ ...DEFAULT_SETTINGS, desiredRetention: 0.995 })).toEqual({ desiredRetention: "Desired retention must be at most 0.99" });
    expect(messages({ ...DEFAULT_SETTINGS, desiredRetention: 0.7 })).toEqual({});
    expect(messages({ ...DEFAULT_SETTINGS, desiredRetention: 0.99 })).toEqual({});
  });

  it("rejects unknown time zones by name and accepts IANA zones", () => {
    expect(messages({ ...DEFAULT_SETTINGS, timeZone: "Europe/Atlantis" })).toEqual({ timeZone: 'Unknown time zone "Europe/Atlantis"' });
    expect(messages({ ...DEFAULT_SETTINGS, timeZone: "" }).timeZone).toMatch(/Unknown time zone/);
    expect(messages({ ...DEFAULT_SETTINGS, timeZone: "Asia/Shanghai" })).toEqual({});
    expect(messages({ ...DEFAULT_SETTINGS, timeZone: "America/New_York" })).toEqual({});
  });

  it("accepts steps like 1m, 10m, 1h, 1d and explains bad ones", () => {
    expect(messages({ ...DEFAULT_SETTINGS, learningSteps: ["1m", "10m", "1h", "1d"], relearningSteps: [] })).toEqual({});
    const bad = messages({ ...DEFAULT_SETTINGS, learningSteps: ["1m", "10 minutes"], relearningSteps: ["0m"] });
    expect(bad["learningSteps.1"]).toMatch(/whole number followed by m, h or d/);
    expect(bad["relearningSteps.0"]).toMatch(/whole number followed by m, h or d/);
    expect(messages({ ...DEFAULT_SETTINGS, learningSteps: ["1.5h"] })["learningSteps.0"]).toBeDefined();
    expect(messages({ ...DEFAULT_SETTINGS, learningSteps: ["31d"] })["learningSteps.0"]).toBe("A step can be at most 30 days");
    expect(messages({ ...DEFAULT_SETTINGS, learningSteps: Array(11).fill("1m") }).learningSteps).toBe("At most 10 learning steps");
  });

  it("checks integer ranges for limits, interval and day start hour", () => {
    expect(Object.keys(messages({ ...DEFAULT_SETTINGS, newPerDay: -1, reviewsPerDay: 1.5, maximumInterval: 0, dayStartHour: 24 })).sort()).toEqual([
      "dayStartHour", "maximumInterval", "newPerDay", "reviewsPerDay",
    ]);
    expect(messages({ ...DEFAULT_SETTINGS, maximumInterval: 36501 }).maximumInterval).toBe("Maximum interval must be at most 36500 days");
    expect(messages({ ...DEFAULT_SETTINGS, dayStartHour: 0, newPerDay: 0, reviewsPerDay: 0 })).toEqual({});
  });

  it("takes null or exactly 21 finite weights", () => {
    expect(messages({ ...DEFAULT_SETTINGS, weights: [...default_w] })).toEqual({});
    expect(messages({ ...DEFAULT_SETTINGS, weights: default_w.slice(0, 19) }).weights).toBe("FSRS-6 needs exactly 21 weights");
    expect(messages({ ...DEFAULT_SETTINGS, weights: [...default_w.slice(0, 20), Number.NaN] })["weights.20"]).toBeDefined();
  });

  it("has a partial variant for forms that change a few fields", () => {
    expect(schedulingSettingsPatchSchema.parse({ newPerDay: 5 })).toEqual({ newPerDay: 5 });
    expect(schedulingSettingsPatchSchema.safeParse({ timeZone: "Nowhere" }).success).toBe(false);
  });
});

describe("stepToMinutes", () => {
  it("converts minutes, hours and days", () => {
    expect(["1m", "10m", "1h", "1d"].map(stepToMinutes)).toEqual([1, 10, 60, 1440]);
    expect(() => stepToMinutes("5s")).toThrow(/Invalid step/);
  });
});
