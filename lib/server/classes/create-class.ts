import "server-only";
import { db } from "@/lib/server/db";
import { createClassSchema } from "@/lib/validation/classes";
import { parseInput } from "@/lib/server/classes/class-errors";
import { withUniqueJoinCode } from "@/lib/server/classes/join-code";

export interface CreatedClass {
  id: string;
  name: string;
  joinCode: string;
}

/** Creates a class taught by the caller, with a fresh join code (retried on the rare collision). */
export async function createClass(opts: { userId: string; input: unknown; newCode?: () => string }): Promise<CreatedClass> {
  const { name } = parseInput(createClassSchema, opts.input);
  return withUniqueJoinCode(
    (joinCode) => db.class.create({ data: { teacherId: opts.userId, name, joinCode }, select: { id: true, name: true, joinCode: true } }),
    opts.newCode,
  );
}
