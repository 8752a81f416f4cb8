import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { LIMITS, limitedAttempt } from "@/lib/server/auth/rate-limit";
import { JOIN_CODE_ALPHABET } from "@/lib/validation/classes";

// The teacher role is granted, never chosen: an administrator runs `npm run user -- role EMAIL
// teacher`, or creates a one-use invite code (`npm run user -- invite-code`) that the new teacher
// enters at sign-up or in settings. 12 characters from 32 (≈ 10^18 codes), tries rate-limited.
export const INVITE_DAYS = 14;
export const INVALID_INVITE = "This teacher invite code is not valid: it may have been mistyped, used already or expired.";

export function normalizeInviteCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

export async function createTeacherInvite(now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  let code = "";
  for (let i = 0; i < 12; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  await db.teacherInvite.create({ data: { code, createdAt: now, expiresAt } });
  return { code: code.replace(/(.{4})(?=.)/g, "$1-"), expiresAt };
}

function inviteKeys(who: string, ip: string) {
  return [
    { key: `invite:${who}`, limit: LIMITS.inviteAccount },
    { key: `invite:ip:${ip}`, limit: LIMITS.inviteIp },
  ];
}

/** Checks a code (rate-limited per account/e-mail and IP) without using it up. */
export async function checkTeacherInvite(opts: { code: string; who: string; ip: string; now?: Date }): Promise<string> {
  const code = normalizeInviteCode(opts.code);
  const now = opts.now ?? new Date();
  return limitedAttempt({ keys: inviteKeys(opts.who, opts.ip), what: "wrong invite codes", now }, async () => {
    const invite = code.length === 12 ? await db.teacherInvite.findFirst({ where: { code, usedById: null, expiresAt: { gt: now } } }) : null;
    if (!invite) throw new AppError("INVALID_INPUT", INVALID_INVITE, { fields: { inviteCode: INVALID_INVITE } });
    return code;
  });
}

/** Uses the code up and makes the user a teacher, in one transaction (a code works once, even when raced). */
export async function redeemTeacherInvite(opts: { userId: string; code: string; ip: string; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date();
  const code = await checkTeacherInvite({ code: opts.code, who: `user:${opts.userId}`, ip: opts.ip, now });
  await db.$transaction(async (tx) => {
    const used = await tx.teacherInvite.updateMany({ where: { code, usedById: null, expiresAt: { gt: now } }, data: { usedById: opts.userId, usedAt: now } });
    if (used.count !== 1) throw new AppError("INVALID_INPUT", INVALID_INVITE, { fields: { inviteCode: INVALID_INVITE } });
    await tx.user.updateMany({ where: { id: opts.userId, role: "LEARNER" }, data: { role: "TEACHER" } });
  });
}
