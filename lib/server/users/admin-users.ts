import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { emailSchema } from "@/lib/validation/auth";
import { revokeUserSessions } from "@/lib/server/auth/user-sessions";

// What an administrator does from the command line (`npm run user -- …`, scripts/user.ts).

async function userByEmail(email: string): Promise<{ id: string; email: string; role: string }> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", `"${email}" is not an e-mail address.`);
  const user = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true, email: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", `No account has the e-mail ${parsed.data}.`);
  return user;
}

/** Grants or takes back the teacher role. Takes effect on the user's next request (roles are read per request). */
export async function setUserRole(email: string, role: "TEACHER" | "LEARNER"): Promise<{ email: string; before: string; after: string }> {
  const user = await userByEmail(email);
  if (user.role === "ADMIN") throw new AppError("FORBIDDEN", `${user.email} is an administrator; change administrators in the database.`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { email: user.email, before: user.role, after: role };
}

/** Ends every session of the account at once (a lost device, a compromised password). */
export async function revokeSessionsByEmail(email: string): Promise<{ email: string; signedOut: number }> {
  const user = await userByEmail(email);
  return { email: user.email, signedOut: await revokeUserSessions(user.id) };
}
