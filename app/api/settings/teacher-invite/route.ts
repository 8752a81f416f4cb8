import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { clientIp } from "@/lib/server/http/client-ip";
import { redeemTeacherInvite } from "@/lib/server/users/teacher-invite";

const bodySchema = z.object({ code: z.string({ error: "Enter the invite code" }).trim().min(1, "Enter the invite code").max(40, "That is not an invite code") });

/** A teacher invite code from an administrator makes the caller a teacher (rate-limited tries). */
export const POST = authedRoute(async (req, { user }) => {
  const { code } = await readJson(req, bodySchema, 2_000);
  await redeemTeacherInvite({ userId: user.id, code, ip: clientIp(req.headers) });
  return NextResponse.json({ role: "TEACHER" });
});
