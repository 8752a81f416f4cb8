import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { updateSchedulingSettings } from "@/lib/server/settings/update-scheduling-settings";

export const PATCH = authedRoute(async (req, { user }) => {
  const input = await readJson(req, z.unknown(), 20_000);
  const settings = await updateSchedulingSettings({ userId: user.id, input });
  return NextResponse.json({ settings });
});
