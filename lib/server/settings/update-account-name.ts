import "server-only";
import { db } from "@/lib/server/db";
import { accountNameSchema } from "@/lib/validation/settings-form";
import { parseForm } from "@/lib/server/settings/parse-form";

export async function updateAccountName(opts: { userId: string; input: unknown }): Promise<{ name: string }> {
  const { name } = parseForm(accountNameSchema, opts.input);
  return db.user.update({ where: { id: opts.userId }, data: { name }, select: { name: true } });
}
