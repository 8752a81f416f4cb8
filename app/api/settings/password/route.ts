import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { updatePassword } from "@/lib/server/settings/update-password";

/** Changes the password; every other session of the caller ends → { ok, signedOut }. */
export const POST = authedRoute(async (req, { user }) => {
  const input = await readJson(req, z.unknown(), 10_000);
  const { signedOut } = await updatePassword({ userId: user.id, sessionId: user.sessionId, input });
  return NextResponse.json({ ok: true, signedOut });
});
