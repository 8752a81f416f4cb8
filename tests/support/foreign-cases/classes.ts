import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { request } from "../http";
import type { ForeignCase } from "../foreign-cases";

export const cases: Record<string, ForeignCase> = {
  // Another teacher's class dashboard must answer exactly like a missing class.
  "GET /api/classes/[id]/progress": {
    async build({ ownerId, intruderId }) {
      const klass = await db.class.create({ data: { teacherId: ownerId, name: "Owner's class", joinCode: `F${randomUUID().slice(0, 8).toUpperCase()}` } });
      return { req: await request(`/api/classes/${klass.id}/progress`, { userId: intruderId }), params: { id: klass.id } };
    },
    async refused(res) {
      if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
      const body = await res.json();
      if (body.error?.message !== "Class not found.") throw new Error(`unexpected body ${JSON.stringify(body)}`);
    },
  },
};
