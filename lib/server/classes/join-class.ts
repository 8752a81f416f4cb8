import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { joinClassSchema, NO_CLASS_WITH_CODE } from "@/lib/validation/classes";
import { parseInput } from "@/lib/server/classes/class-errors";

/** Joins the class with this code (any case). Joining a class twice changes nothing. */
export async function joinClass(opts: { userId: string; input: unknown }): Promise<{ id: string; name: string }> {
  const { code } = parseInput(joinClassSchema, opts.input);
  const klass = code.length <= 16 ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } }) : null;
  if (!klass) throw new AppError("NOT_FOUND", NO_CLASS_WITH_CODE, { fields: { code: NO_CLASS_WITH_CODE } });
  await db.membership.upsert({
    where: { classId_userId: { classId: klass.id, userId: opts.userId } },
    update: {},
    create: { classId: klass.id, userId: opts.userId },
  });
  return klass;
}
