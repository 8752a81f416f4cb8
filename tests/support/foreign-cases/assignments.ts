import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { request } from "../http";
import type { ForeignCase } from "../foreign-cases";
import { makeRawLesson } from "./lessons";

export const cases: Record<string, ForeignCase> = {
  // Another teacher's assignment (whose class the intruder does not teach) answers like a missing one.
  "GET /api/assignments/[id]/retention": {
    async build({ ownerId, intruderId }) {
      const lesson = await makeRawLesson(ownerId);
      const klass = await db.class.create({ data: { teacherId: ownerId, name: "Owner's class", joinCode: `A${randomUUID().slice(0, 8).toUpperCase()}` } });
      const a = await db.assignment.create({ data: { classId: klass.id, lessonId: lesson.id, dueAt: new Date(Date.now() + 86_400_000) } });
      return { req: await request(`/api/assignments/${a.id}/retention?format=csv`, { userId: intruderId }), params: { id: a.id } };
    },
    async refused(res) {
      if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
      const body = await res.json();
      if (body.error?.message !== "Assignment not found.") throw new Error(`unexpected body ${JSON.stringify(body)}`);
    },
  },
};
