import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { passwordChangeSchema } from "@/lib/validation/settings-form";
import { parseForm } from "@/lib/server/settings/parse-form";

/** Changes the password after checking the current one (accounts without a password cannot set one here). */
export async function updatePassword(opts: { userId: string; input: unknown }): Promise<void> {
  const { currentPassword, newPassword } = parseForm(passwordChangeSchema, opts.input);
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("INVALID_INPUT", "The current password is wrong.", { fields: { currentPassword: "The current password is wrong" } });
  }
  await db.user.update({ where: { id: opts.userId }, data: { passwordHash: await hashPassword(newPassword) } });
}
