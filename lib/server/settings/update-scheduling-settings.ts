import "server-only";
import { db } from "@/lib/server/db";
import { settingsFormSchema } from "@/lib/validation/settings-form";
import { parseForm } from "@/lib/server/settings/parse-form";

/** Validates the whole settings form (field-level errors, nothing written on any error) and saves it. */
export async function updateSchedulingSettings(opts: { userId: string; input: unknown }) {
  const data = parseForm(settingsFormSchema, opts.input);
  return db.schedulingSettings.upsert({
    where: { userId: opts.userId },
    create: { userId: opts.userId, ...data },
    update: data,
  });
}
