import { request } from "../http";
import type { ForeignCase } from "../foreign-cases";
import { makeRawLesson } from "./lessons";

export const cases: Record<string, ForeignCase> = {
  // Saving a word from another user's private lesson must answer like a missing lesson.
  "POST /api/notes": {
    async build({ ownerId, intruderId }) {
      const lesson = await makeRawLesson(ownerId);
      const req = await request("/api/notes", { method: "POST", userId: intruderId, body: { text: "和平", lessonId: lesson.id, sentenceIndex: 0 } });
      return { req, params: {} };
    },
  },
};
