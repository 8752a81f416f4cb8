// POST /api/notes through the real route handler, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/notes/route";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { savedNoteKeys } from "@/lib/server/lessons/saved-note-keys";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";

const TEXT = "王毅：我们要构建人类命运共同体，推动世界和平发展。中国始终是世界和平的建设者，这一点一以贯之。";
const noParams = { params: Promise.resolve({}) };
let owner: Awaited<ReturnType<typeof makeUser>>;
let lessonId: string;

const post = async (userId: string, body: unknown) => POST(await request("/api/notes", { method: "POST", userId, body }), noParams);

beforeAll(async () => {
  owner = await makeUser();
  lessonId = (await createLesson({ ownerId: owner.id, text: TEXT })).id;
});

async function sentenceWith(fragment: string) {
  const s = await db.sentence.findFirstOrThrow({ where: { lessonId, text: { contains: fragment } } });
  return s;
}

describe("POST /api/notes", () => {
  it("saves a glossary phrase with its sentence, one card per enabled type, once", async () => {
    const s = await sentenceWith("人类命运共同体");
    const res = await post(owner.id, { text: "人类命运共同体", lessonId, sentenceIndex: s.index });
    expect(res.status).toBe(201);
    const { note, cards } = await res.json();
    expect(note).toMatchObject({ kind: "phrase", text: "人类命运共同体", pinyin: "rén lèi mìng yùn gòng tóng tǐ", sentenceText: s.text, lessonId });
    expect(note.meaning).toMatch(/shared future/);
    expect(cards.map((c: { type: string }) => c.type)).toEqual(["recognition", "recall", "listening", "cloze", "completion"]);
    expect(cards.every((c: { state: number }) => c.state === 0)).toBe(true);

    const again = await post(owner.id, { text: "人类命运共同体", lessonId, sentenceIndex: s.index });
    expect(again.status).toBe(200);
    expect((await again.json()).note.id).toBe(note.id);
    expect(await db.note.count({ where: { userId: owner.id, text: "人类命运共同体" } })).toBe(1);
    expect(await db.card.count({ where: { noteId: note.id } })).toBe(5);
    // The reader marks it as saved when the lesson is opened again.
    expect(await savedNoteKeys({ userId: owner.id, lessonId })).toContain("phrase:人类命运共同体");
  });

  it("creates only the card types the user has enabled", async () => {
    const user = await makeUser();
    await db.schedulingSettings.update({ where: { userId: user.id }, data: { enabledCardTypes: ["RECOGNITION", "CLOZE"] } });
    const res = await post(user.id, { text: "和平", kind: "word" });
    expect(res.status).toBe(201);
    const { note, cards } = await res.json();
    expect(note.meaning).toMatch(/peace/);
    // No source sentence, so no cloze card even though cloze is enabled.
    expect(cards.map((c: { type: string }) => c.type)).toEqual(["recognition"]);
  });

  it("saves a whole sentence as a SENTENCE note with the stored tokens' pinyin", async () => {
    const s = await sentenceWith("建设者");
    const res = await post(owner.id, { text: s.text, lessonId, sentenceIndex: s.index });
    expect(res.status).toBe(201);
    const { note, cards } = await res.json();
    expect(note.kind).toBe("sentence");
    expect(note.pinyin).toMatch(/^zhōng guó/);
    expect(cards.map((c: { type: string }) => c.type)).toEqual(["recognition", "listening"]);
  });

  it("gives a word no dictionary has the lesson's gloss of it as its meaning", async () => {
    const user = await makeUser();
    const lesson = await createLesson({ ownerId: user.id, text: "老师：今天给我们唱首歌吧。" });
    const s = await db.sentence.findFirstOrThrow({ where: { lessonId: lesson.id, text: { contains: "唱首歌" } } });
    const res = await post(user.id, { text: "唱首歌", kind: "word", lessonId: lesson.id, sentenceIndex: s.index });
    expect(res.status).toBe(201);
    const { note } = await res.json();
    expect(note.meaning).toBe("唱 to sing · 首 (measure word for poems, songs etc) · 歌 song");
  });

  it("picks the kind from the dictionary when none is given", async () => {
    const user = await makeUser();
    const kinds: Record<string, string> = {};
    for (const text of ["一如既往", "和平", "人类命运共同体", "中国始终是世界和平的建设者。"]) {
      const res = await post(user.id, { text });
      expect(res.status).toBe(201);
      kinds[text] = (await res.json()).note.kind;
    }
    expect(kinds).toEqual({ 一如既往: "idiom", 和平: "word", 人类命运共同体: "phrase", "中国始终是世界和平的建设者。": "sentence" });
  });

  it("answers another user's private lesson like a missing one, and writes nothing", async () => {
    const stranger = await makeUser();
    const res = await post(stranger.id, { text: "人类命运共同体", lessonId, sentenceIndex: 0 });
    expect(res.status).toBe(404);
    const missing = await post(stranger.id, { text: "和平", lessonId: "00000000-0000-4000-8000-000000000000" });
    expect(missing.status).toBe(404);
    const badIndex = await post(owner.id, { text: "和平", lessonId, sentenceIndex: 999 });
    expect(badIndex.status).toBe(404);
    expect(await db.note.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it("refuses malformed bodies with what is wrong", async () => {
    const user = await makeUser();
    const cases: [unknown, RegExp][] = [
      [{}, /text/],
      [{ text: "" }, /text is empty/],
      [{ text: "hello" }, /Chinese characters/],
      [{ text: "中".repeat(501) }, /longer than 500/],
      [{ text: "和平", kind: "WORD" }, /kind/],
      [{ text: "和平", lessonId: "nope" }, /lessonId/],
      [{ text: "和平", sentenceIndex: 1 }, /sentenceIndex needs a lessonId/],
    ];
    for (const [body, message] of cases) {
      const res = await post(user.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.message).toMatch(message);
    }
    const raw = await POST(await request("/api/notes", { method: "POST", userId: user.id, rawBody: "{", headers: { "content-type": "application/json" } }), noParams);
    expect(raw.status).toBe(400);
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });
});
