// Who sees which lesson, and the "known words" share of the lessons list.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getLesson } from "@/lib/server/lessons/get-lesson";
import { listLessons } from "@/lib/server/lessons/list-lessons";
import { saveNote } from "@/lib/server/notes/save-note";
import { db, makeUser } from "../support/db";
import { makeRawLesson } from "../support/foreign-cases/lessons";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;

async function makeClass(teacherId: string, memberIds: string[]) {
  return db.class.create({
    data: { teacherId, name: "Class", joinCode: randomUUID().slice(0, 8), memberships: { create: memberIds.map((userId) => ({ userId })) } },
  });
}

describe("lesson visibility", () => {
  it("owner and assigned members read a private lesson; strangers and other classes do not", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const member = await makeUser();
    const otherMember = await makeUser();
    const stranger = await makeUser();
    const lesson = await makeRawLesson(teacher.id);
    const assigned = await makeClass(teacher.id, [member.id]);
    await makeClass(teacher.id, [otherMember.id]);
    const dueAt = new Date(NOW.getTime() + 3 * DAY);
    await db.assignment.create({ data: { classId: assigned.id, lessonId: lesson.id, dueAt } });

    expect((await getLesson({ userId: teacher.id, lessonId: lesson.id }))?.isOwner).toBe(true);
    const read = await getLesson({ userId: member.id, lessonId: lesson.id });
    expect(read?.isOwner).toBe(false);
    expect(read?.sentences[0].tokens.map((t) => t.text)).toEqual(["我们", "支持", "和平", "。"]);
    expect(await getLesson({ userId: otherMember.id, lessonId: lesson.id })).toBeNull();
    expect(await getLesson({ userId: stranger.id, lessonId: lesson.id })).toBeNull();
    expect(await getLesson({ userId: stranger.id, lessonId: "not-a-uuid" })).toBeNull();

    const list = await listLessons({ userId: member.id, now: NOW });
    expect(list.map((l) => l.id)).toEqual([lesson.id]);
    expect(list[0]).toMatchObject({ mine: false, dueAt, sentenceCount: 1, characterCount: 6, wordCount: 3 });
    expect(await listLessons({ userId: stranger.id, now: NOW })).toEqual([]);
    expect(await listLessons({ userId: otherMember.id, now: NOW })).toEqual([]);
  });

  it("a CLASSES lesson is readable by members of any class its owner teaches", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const member = await makeUser();
    const stranger = await makeUser();
    await makeClass(teacher.id, [member.id]);
    const shared = await makeRawLesson(teacher.id, { visibility: "CLASSES" });
    const hidden = await makeRawLesson(teacher.id);
    expect(await getLesson({ userId: member.id, lessonId: shared.id })).not.toBeNull();
    expect(await getLesson({ userId: member.id, lessonId: hidden.id })).toBeNull();
    expect(await getLesson({ userId: stranger.id, lessonId: shared.id })).toBeNull();
    // Listed too, not only readable by link.
    expect((await listLessons({ userId: member.id, now: NOW })).map((l) => l.id)).toEqual([shared.id]);
    expect(await listLessons({ userId: stranger.id, now: NOW })).toEqual([]);
  });
});

describe("known words share", () => {
  it("counts a lesson word as known when all its reviewed cards have retrievability ≥ 0.9 today", async () => {
    const user = await makeUser();
    await makeRawLesson(user.id);
    for (const text of ["我们", "支持", "和平"]) await saveNote({ userId: user.id, text, kind: "word", now: NOW });
    const review = (text: string, stability: number, daysAgo: number) =>
      db.card.updateMany({
        where: { userId: user.id, note: { text } },
        data: { state: 2, stability, lastReview: new Date(NOW.getTime() - daysAgo * DAY) },
      });
    await review("我们", 100, 2); // R ≈ 0.99: known
    await review("支持", 1, 10); // R well under 0.9: forgotten
    // 和平: never reviewed, so not known.

    let [item] = await listLessons({ userId: user.id, now: NOW });
    expect(item).toMatchObject({ mine: true, wordCount: 3, knownCount: 1, dueAt: null });
    expect(item.hskProfile).toEqual({ "1": 1, "2": 2 });

    await review("支持", 100, 1);
    [item] = await listLessons({ userId: user.id, now: NOW });
    expect(item.knownCount).toBe(2);

    // One weak card is enough to make the word not known.
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id, note: { text: "支持" } } });
    await db.card.update({ where: { id: card.id }, data: { stability: 0.5, lastReview: new Date(NOW.getTime() - 20 * DAY) } });
    [item] = await listLessons({ userId: user.id, now: NOW });
    expect(item.knownCount).toBe(1);
  });
});
