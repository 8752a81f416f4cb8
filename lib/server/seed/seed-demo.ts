import "server-only";
import { readFileSync } from "node:fs";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { DEMO_TRANSCRIPT as SEED_TRANSCRIPT } from "./demo-transcript";

export const DEMO_ACCOUNTS = [
  { email: "learner@demo.local", password: "demo-learner", name: "Demo Learner", role: "LEARNER" as const },
  { email: "teacher@demo.local", password: "demo-teacher", name: "Demo Teacher", role: "TEACHER" as const },
];

const DEMO_LESSON_TITLE = "王毅就中国外交政策和对外关系回答中外记者提问";

/** Idempotent: running it twice changes nothing. */
export async function seedDemo(log: (l: string) => void = console.log): Promise<void> {
  const ids: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: a.email }, select: { id: true } });
    if (existing) {
      ids[a.role] = existing.id;
      continue;
    }
    const user = await db.user.create({
      data: { email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password), settings: { create: {} } },
      select: { id: true },
    });
    ids[a.role] = user.id;
    log(`created demo ${a.role.toLowerCase()}: ${a.email} / ${a.password}`);
  }

  let lesson = await db.lesson.findFirst({ where: { ownerId: ids.TEACHER, title: DEMO_LESSON_TITLE }, select: { id: true } });
  if (!lesson) {
    const created = await createLesson({ ownerId: ids.TEACHER, text: readFileSync(SEED_TRANSCRIPT, "utf8"), visibility: "CLASSES" });
    lesson = { id: created.id };
    log(`created demo lesson "${created.title}" (${created.sentenceCount} sentences)`);
  }

  const klass =
    (await db.class.findFirst({ where: { teacherId: ids.TEACHER, name: "Demo class" }, select: { id: true } })) ??
    (await db.class.create({ data: { teacherId: ids.TEACHER, name: "Demo class", joinCode: "DEMO2025" }, select: { id: true } }));
  await db.membership.upsert({
    where: { classId_userId: { classId: klass.id, userId: ids.LEARNER } },
    update: {},
    create: { classId: klass.id, userId: ids.LEARNER },
  });
  await db.assignment.upsert({
    where: { classId_lessonId: { classId: klass.id, lessonId: lesson.id } },
    update: {},
    create: { classId: klass.id, lessonId: lesson.id, dueAt: new Date(Date.now() + 7 * 86_400_000) },
  });
}
