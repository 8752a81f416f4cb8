import "server-only";
import { db } from "@/lib/server/db";

/** Whether the teachers of the user's classes may see their e-mail (off by default: they see the display name). */
export async function getEmailVisibility(opts: { userId: string }): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: opts.userId }, select: { showEmailToTeachers: true } });
  return u?.showEmailToTeachers ?? false;
}

export async function setEmailVisibility(opts: { userId: string; show: boolean }): Promise<{ showEmailToTeachers: boolean }> {
  return db.user.update({ where: { id: opts.userId }, data: { showEmailToTeachers: opts.show }, select: { showEmailToTeachers: true } });
}
