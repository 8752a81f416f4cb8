import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/server/classes/class-errors";

/** The learner leaves a class they are a member of; nothing of theirs is deleted. */
export async function leaveClass(opts: { userId: string; classId: string }): Promise<void> {
  if (!isId(opts.classId)) throw new AppError("NOT_FOUND", "You are not a member of this class.");
  const { count } = await db.membership.deleteMany({ where: { classId: opts.classId, userId: opts.userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "You are not a member of this class.");
}
