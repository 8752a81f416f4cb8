import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { joinClassSchema, NO_CLASS_WITH_CODE } from "@/lib/validation/classes";
import { parseInput } from "@/lib/server/classes/class-errors";
import { LIMITS, limitedAttempt } from "@/lib/server/auth/rate-limit";

/**
 * Joins the class with this code (any case). Joining a class twice changes nothing. Wrong codes
 * count against the account and the client address, so codes cannot be guessed by trying.
 */
export async function joinClass(opts: { userId: string; input: unknown; ip?: string; now?: Date }): Promise<{ id: string; name: string }> {
  const { code } = parseInput(joinClassSchema, opts.input);
  const keys = [
    { key: `joincode:user:${opts.userId}`, limit: LIMITS.joinCodeAccount },
    { key: `joincode:ip:${opts.ip ?? "unknown"}`, limit: LIMITS.joinCodeIp },
  ];
  const klass = await limitedAttempt({ keys, what: "wrong join codes", now: opts.now }, async () => {
    const found = code.length <= 16 ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } }) : null;
    if (!found) throw new AppError("NOT_FOUND", NO_CLASS_WITH_CODE, { fields: { code: NO_CLASS_WITH_CODE } });
    return found;
  });
  await db.membership.upsert({
    where: { classId_userId: { classId: klass.id, userId: opts.userId } },
    update: {},
    create: { classId: klass.id, userId: opts.userId },
  });
  return klass;
}
