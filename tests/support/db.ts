import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";

/** A fresh user with its own settings; e-mails are unique per call so tests never collide. */
export async function makeUser(opts: { role?: "LEARNER" | "TEACHER" | "ADMIN"; password?: string } = {}) {
  const email = `u-${randomUUID()}@test.local`;
  const password = opts.password ?? "correct horse battery";
  const user = await db.user.create({
    data: { email, name: "Test User", role: opts.role ?? "LEARNER", passwordHash: await hashPassword(password), settings: { create: {} } },
  });
  return { ...user, password };
}

export { db };
