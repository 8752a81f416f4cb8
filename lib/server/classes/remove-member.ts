import "server-only";
import { taughtClassWhere } from "@/lib/server/classes/taught-class-where";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/server/classes/class-errors";

/** The teacher removes a learner from their class; their notes and reviews are theirs and stay. */
export async function removeMember(opts: { userId: string; classId: string; memberId: string }): Promise<void> {
  if (!isId(opts.classId) || !isId(opts.memberId)) throw new AppError("NOT_FOUND", "Member not found.");
  const { count } = await db.membership.deleteMany({
    where: { classId: opts.classId, userId: opts.memberId, class: taughtClassWhere(opts.userId) },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Member not found.");
}
