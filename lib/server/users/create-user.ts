import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { passwordWeakness } from "@/lib/server/auth/password-strength";
import { AppError } from "@/lib/errors";
import { signUpSchema, fieldErrors } from "@/lib/validation/auth";
import { checkTeacherInvite, INVALID_INVITE } from "@/lib/server/users/teacher-invite";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "TEACHER" | "ADMIN";
}

/** Thrown when the e-mail already has an account; sign-up answers it exactly like a success. */
export const EMAIL_TAKEN = "EMAIL_TAKEN";

/**
 * Creates a learner account with its default scheduling settings, in one transaction; with a valid
 * teacher invite code, a teacher account (the code is used up in the same transaction). A weak or
 * common password is refused with the reason. An e-mail that already has an account → CONFLICT.
 */
export async function createUser(input: unknown, opts: { ip?: string; now?: Date } = {}): Promise<CreatedUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fields: fieldErrors(parsed.error) });
  const { name, email, password, inviteCode, timeZone } = parsed.data;
  const weakness = passwordWeakness(password, [email, name]);
  if (weakness) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fields: { password: weakness } });
  const now = opts.now ?? new Date();
  const code = inviteCode ? await checkTeacherInvite({ code: inviteCode, who: `email:${email}`, ip: opts.ip ?? "unknown", now }) : null;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, role: code ? "TEACHER" : "LEARNER", settings: { create: timeZone ? { timeZone } : {} } },
        select: { id: true, email: true, name: true, role: true },
      });
      if (code) {
        const used = await tx.teacherInvite.updateMany({ where: { code, usedById: null, expiresAt: { gt: now } }, data: { usedById: user.id, usedAt: now } });
        if (used.count !== 1) throw new AppError("INVALID_INPUT", INVALID_INVITE, { fields: { inviteCode: INVALID_INVITE } });
      }
      return user;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", EMAIL_TAKEN);
    }
    throw e;
  }
}
