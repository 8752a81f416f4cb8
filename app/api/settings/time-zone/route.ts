import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { updateTimeZone } from "@/lib/server/settings/update-time-zone";
import { schedulingSettingsSchema } from "@/lib/validation/settings";

const bodySchema = z.object({ timeZone: schedulingSettingsSchema.shape.timeZone });

export const POST = authedRoute(async (req, { user }) => {
  const { timeZone } = await readJson(req, bodySchema, 1_000);
  return NextResponse.json(await updateTimeZone({ userId: user.id, timeZone }));
});
