import { db } from "@/lib/server/db";
import { request } from "../http";
import type { ForeignCase } from "../foreign-cases";

/** A minimal lesson written straight to the database (no pipeline): one sentence, two tokens. */
export async function makeRawLesson(ownerId: string, opts: { visibility?: "PRIVATE" | "CLASSES" } = {}) {
  return db.lesson.create({
    data: {
      ownerId,
      title: "测试课",
      visibility: opts.visibility ?? "PRIVATE",
      sourceText: "我们支持和平。",
      characterCount: 6,
      tokenCount: 3,
      hskProfile: { "1": 1, "2": 2 },
      sentences: {
        create: [
          {
            index: 0,
            paragraph: 0,
            text: "我们支持和平。",
            tokens: [
              { text: "我们", pinyin: "wǒ men", gloss: "we", kind: "word", hsk: 1, hsk2: 1, hsk3: 1, traditional: "我們", glossaryId: null },
              { text: "支持", pinyin: "zhī chí", gloss: "to support", kind: "word", hsk: 2, hsk2: 4, hsk3: 2, traditional: null, glossaryId: null },
              { text: "和平", pinyin: "hé píng", gloss: "peace", kind: "word", hsk: 2, hsk2: 5, hsk3: 2, traditional: null, glossaryId: null },
              { text: "。", pinyin: null, gloss: null, kind: "punct", hsk: null, hsk2: null, hsk3: null, traditional: null, glossaryId: null },
            ],
          },
        ],
      },
    },
  });
}

export const cases: Record<string, ForeignCase> = {
  "GET /api/lessons/builds/[id]": {
    async build({ ownerId, intruderId }) {
      const build = await db.lessonBuild.create({ data: { userId: ownerId, kind: "import", sourceText: "我们支持和平。", characterCount: 7 } });
      return { req: await request(`/api/lessons/builds/${build.id}`, { userId: intruderId }), params: { id: build.id } };
    },
  },
  "POST /api/lessons/[id]/rebuild": {
    async build({ ownerId, intruderId }) {
      const lesson = await makeRawLesson(ownerId);
      return { req: await request(`/api/lessons/${lesson.id}/rebuild`, { method: "POST", userId: intruderId, body: {} }), params: { id: lesson.id } };
    },
  },
};

export const ownDataOnly: Record<string, string> = {
  "POST /api/lessons": "creates a lesson owned by the caller; no id comes from the client",
  "GET /api/dict/lookup": "reads only the shipped dictionary and glossary, no user data",
};

/** Another user's lesson: its corrections can be neither read, made nor undone by the intruder. */
const ownersLessonEdits = (method: string, suffix: string, body?: unknown): ForeignCase => ({
  async build({ ownerId, intruderId }) {
    const lesson = await makeRawLesson(ownerId, { visibility: "CLASSES" });
    return { req: await request(`/api/lessons/${lesson.id}/edits${suffix}`, { method, userId: intruderId, body }), params: { id: lesson.id } };
  },
  async refused(res) {
    if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
    const body = await res.json();
    if (body.error?.message !== "Lesson not found.") throw new Error(`unexpected body ${JSON.stringify(body)}`);
  },
});

Object.assign(cases, {
  "GET /api/lessons/[id]/edits": ownersLessonEdits("GET", ""),
  "POST /api/lessons/[id]/edits": ownersLessonEdits("POST", "", { op: "token", sentenceIndex: 0, tokenIndex: 0, gloss: "hacked" }),
  "POST /api/lessons/[id]/edits/undo": ownersLessonEdits("POST", "/undo"),
});
Object.assign(ownDataOnly, {
  "GET /api/glossary": "lists the caller's own glossary terms only",
  "POST /api/glossary": "adds a term owned by the caller, applied only to lessons the caller owns",
});
