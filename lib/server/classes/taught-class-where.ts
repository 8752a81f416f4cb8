import "server-only";
import type { Prisma } from "@/lib/server/db";

/** Classes the user teaches: as their owner, or as a co-teacher the owner added. */
export function taughtClassWhere(userId: string): Prisma.ClassWhereInput {
  return { OR: [{ teacherId: userId }, { coTeachers: { some: { userId } } }] };
}
