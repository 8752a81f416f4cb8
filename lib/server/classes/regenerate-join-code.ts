import "server-only";
import { db } from "@/lib/server/db";
import { classNotFound, isId } from "@/lib/server/classes/class-errors";
import { withUniqueJoinCode } from "@/lib/server/classes/join-code";

/** Replaces the join code: the old one stops working at once; members stay. */
export async function regenerateJoinCode(opts: { userId: string; classId: string; newCode?: () => string }): Promise<{ joinCode: string }> {
  if (!isId(opts.classId)) throw classNotFound();
  return withUniqueJoinCode(async (joinCode) => {
    const { count } = await db.class.updateMany({ where: { id: opts.classId, teacherId: opts.userId }, data: { joinCode } });
    if (count === 0) throw classNotFound();
    return { joinCode };
  }, opts.newCode);
}
