import "server-only";
import { db } from "@/lib/server/db";
import { renameClassSchema } from "@/lib/validation/classes";
import { classNotFound, isId, parseInput } from "@/lib/server/classes/class-errors";

export async function renameClass(opts: { userId: string; input: unknown }): Promise<{ id: string; name: string }> {
  const { classId, name } = parseInput(renameClassSchema, opts.input);
  if (!isId(classId)) throw classNotFound();
  const { count } = await db.class.updateMany({ where: { id: classId, teacherId: opts.userId }, data: { name } });
  if (count === 0) throw classNotFound();
  return { id: classId, name };
}
