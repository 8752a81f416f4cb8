import { z } from "zod";
import { schedulingSettingsSchema } from "@/lib/validation/settings";
import { PASSWORD_MAX, PASSWORD_MIN, signUpSchema } from "@/lib/validation/auth";

export const CARD_TYPE_VALUES = ["RECOGNITION", "RECALL", "LISTENING", "CLOZE", "COMPLETION"] as const;

/** What the /settings "Scheduling" form sends: the scheduler's own rules plus card types and reader defaults. */
export const settingsFormSchema = schedulingSettingsSchema
  .pick({
    desiredRetention: true,
    maximumInterval: true,
    learningSteps: true,
    relearningSteps: true,
    newPerDay: true,
    reviewsPerDay: true,
    timeZone: true,
    dayStartHour: true,
  })
  .extend({
    enabledCardTypes: z
      .array(z.enum(CARD_TYPE_VALUES, { error: "Unknown card type" }))
      .min(1, "Enable at least one card type"),
    showPinyin: z.boolean(),
    toneColors: z.boolean(),
  });

export type SettingsFormInput = z.infer<typeof settingsFormSchema>;

export const accountNameSchema = z.object({ name: signUpSchema.shape.name });

export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(PASSWORD_MAX, "Wrong password"),
  newPassword: z
    .string({ error: "Choose a new password" })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
});
