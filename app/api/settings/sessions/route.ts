import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { revokeUserSessions } from "@/lib/server/auth/user-sessions";

/** "Sign out everywhere": ends every session of the caller, this one included → { signedOut }. */
export const DELETE = authedRoute(async (_req, { user }) => {
  const signedOut = await revokeUserSessions(user.id);
  return NextResponse.json({ signedOut });
});
