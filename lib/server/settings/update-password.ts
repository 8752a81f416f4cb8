import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { passwordWeakness } from "@/lib/server/auth/password-strength";
import { LIMITS, limitedAttempt } from "@/lib/server/auth/rate-limit";
import { revokeUserSessions } from "@/lib/server/auth/user-sessions";
import { passwordChangeSchema } from "@/lib/validation/settings-form";
import { parseForm } from "@/lib/server/settings/parse-form";

const WRONG_CURRENT = "The current password is wrong";

/**
 * Changes the password after checking the current one (accounts without a password cannot set one
 * here). Wrong current passwords are rate-limited per account like sign-in. Every other session
 * ends (all but `sessionId`, the one making the change): a stolen session must not outlive the
 * password it was stolen with. ("Sign out everywhere" ends this one too: revokeUserSessions.)
 */
export async function updatePassword(opts: { userId: string; sessionId?: string; input: unknown; now?: Date }): Promise<{ signedOut: number }> {
  const { currentPassword, newPassword } = parseForm(passwordChangeSchema, opts.input);
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { passwordHash: true, email: true, name: true } });
  const key = { key: `password:user:${opts.userId}`, limit: LIMITS.passwordAccount };
  await limitedAttempt({ keys: [key], what: "wrong current passwords", now: opts.now, clearOnSuccess: [key] }, async () => {
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError("INVALID_INPUT", `${WRONG_CURRENT}.`, { fields: { currentPassword: WRONG_CURRENT } });
    }
  });
  const weakness = passwordWeakness(newPassword, [user!.email, user!.name, currentPassword]);
  if (weakness) throw new AppError("INVALID_INPUT", weakness, { fields: { newPassword: weakness } });
  await db.user.update({ where: { id: opts.userId }, data: { passwordHash: await hashPassword(newPassword) } });
  const signedOut = await revokeUserSessions(opts.userId, { except: opts.sessionId, now: opts.now });
  return { signedOut };
}
