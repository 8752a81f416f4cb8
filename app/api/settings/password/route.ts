import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { updatePassword } from "@/lib/server/settings/update-password";

export const POST = authedRoute(async (req, { user }) => {
  const input = await readJson(req, z.unknown(), 10_000);
  await updatePassword({ userId: user.id, input });
  return NextResponse.json({ ok: true });
});
