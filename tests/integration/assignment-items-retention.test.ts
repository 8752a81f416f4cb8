// Assignment items (pre-selected, edited, received once) and the retention dashboard, with the
// authorization rules: through class membership, for teachers, co-teachers and students.
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLesson } from "@/lib/server/lessons/create-lesson";
import { assignLesson } from "@/lib/server/classes/assign-lesson";
import { removeMember } from "@/lib/server/classes/remove-member";
import { addCoTeacher } from "@/lib/server/classes/co-teachers";
import { addAssignmentItem, getAssignmentItems, removeAssignmentItem } from "@/lib/server/assignments/assignment-items";
import { receiveAssignment } from "@/lib/server/assignments/receive-assignment";
import { getAssignmentRetention, getOwnAssignmentFigures, retentionCsv } from "@/lib/server/assignments/get-assignment-retention";
import { saveNote } from "@/lib/server/notes/save-note";
import { decodeSentenceTokens } from "@/lib/text/token-codec";
import { db, makeUser } from "../support/db";
import { makeLog } from "../support/cards";

const dir = path.resolve(import.meta.dirname, "../fixtures/parallel");
const ZH = readFileSync(path.join(dir, "regular-press-conference.zh.txt"), "utf8");
const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;

async function makeClass(teacherId: string, memberIds: string[]) {
  return db.class.create({ data: { teacherId, name: "Class", joinCode: randomUUID().slice(0, 8), memberships: { create: memberIds.map((userId) => ({ userId })) } } });
}

async function setup() {
  const teacher = await makeUser({ role: "TEACHER" });
  const [s1, s2] = [await makeUser(), await makeUser()];
  const lesson = await createLesson({ ownerId: teacher.id, text: ZH });
  const klass = await makeClass(teacher.id, [s1.id, s2.id]);
  const { id: assignmentId } = await assignLesson({ userId: teacher.id, input: { classId: klass.id, lessonId: lesson.id, dueAt: new Date(NOW.getTime() + 7 * DAY).toISOString(), itemLevel: "5" }, now: NOW });
  return { teacher, s1, s2, lesson, klass, assignmentId };
}

describe("assignment items", () => {
  it("pre-selects idioms, set phrases and words at or above the level; the teacher adds and removes", async () => {
    const { teacher, lesson, assignmentId } = await setup();
    const view = await getAssignmentItems({ userId: teacher.id, assignmentId });
    expect(view.items.length).toBeGreaterThan(5);
    const { words } = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { words: true } });
    const tokens = (await db.sentence.findMany({ where: { lessonId: lesson.id } })).flatMap((s) => decodeSentenceTokens(s.tokens, words));
    for (const item of view.items) {
      const t = tokens.find((k) => k.text === item.text)!;
      expect(item.kind === "word" ? (t.hsk3 ?? 0) >= 5 : ["idiom", "phrase"].includes(item.kind)).toBe(true);
    }
    expect(view.items.some((i) => i.text === "命运共同体" || i.kind === "phrase")).toBe(true);
    expect(view.items.some((i) => i.text === "我们")).toBe(false);

    await addAssignmentItem({ userId: teacher.id, assignmentId, key: "word:我们" });
    const added = await getAssignmentItems({ userId: teacher.id, assignmentId });
    const ours = added.items.find((i) => i.text === "我们")!;
    expect(ours).toBeDefined();
    await removeAssignmentItem({ userId: teacher.id, assignmentId, itemId: ours.id });
    expect((await getAssignmentItems({ userId: teacher.id, assignmentId })).items).toHaveLength(view.items.length);
    await expect(addAssignmentItem({ userId: teacher.id, assignmentId, key: "word:不存在的词" })).rejects.toThrow(/Choose a word/);
  });

  it("a student receives exactly the items once, even opened twice or assigned in two classes; words they had are linked", async () => {
    const { teacher, s1, lesson, klass, assignmentId } = await setup();
    const items = await db.assignmentItem.findMany({ where: { assignmentId } });
    const had = items.find((i) => i.kind === "WORD")!;
    await saveNote({ userId: s1.id, text: had.text, kind: "word", lessonId: lesson.id, now: NOW });
    const before = await db.card.count({ where: { userId: s1.id } });

    const first = await receiveAssignment({ userId: s1.id, assignmentId, now: NOW });
    expect(first).toEqual({ received: items.length, created: items.length - 1 });
    expect(await db.note.count({ where: { userId: s1.id } })).toBe(items.length);
    expect(await db.note.count({ where: { userId: s1.id, text: had.text } })).toBe(1);
    const cards = await db.card.count({ where: { userId: s1.id } });
    expect(cards).toBeGreaterThan(before);

    expect(await receiveAssignment({ userId: s1.id, assignmentId, now: NOW })).toEqual({ received: 0, created: 0 });
    // The same lesson assigned to another class the student is in: linked, nothing duplicated.
    const other = await makeClass(teacher.id, [s1.id]);
    const second = await assignLesson({ userId: teacher.id, input: { classId: other.id, lessonId: lesson.id, dueAt: new Date(NOW.getTime() + DAY).toISOString(), itemLevel: "5" }, now: NOW });
    expect(await receiveAssignment({ userId: s1.id, assignmentId: second.id, now: NOW })).toMatchObject({ created: 0 });
    expect(await db.note.count({ where: { userId: s1.id } })).toBe(items.length);
    expect(await db.card.count({ where: { userId: s1.id } })).toBe(cards);
    // A student deletes a received note on purpose: opening again does not force it back.
    await db.note.delete({ where: { userId_kind_text: { userId: s1.id, kind: had.kind, text: had.text } } });
    await receiveAssignment({ userId: s1.id, assignmentId, now: NOW });
    expect(await db.note.count({ where: { userId: s1.id } })).toBe(items.length - 1);
    expect(klass.id).toBeDefined();
  });
});

describe("what students retain", () => {
  it("per student: retained share, reviews in 7 days, overdue; per class: the hardest items; CSV; own figures", async () => {
    const { teacher, s1, s2, assignmentId } = await setup();
    await receiveAssignment({ userId: s1.id, assignmentId, now: NOW });
    const items = await db.assignmentItem.findMany({ where: { assignmentId }, orderBy: { text: "asc" } });
    const [strong, weak, lapsed] = items;
    const cardsOf = (text: string) => db.card.findMany({ where: { userId: s1.id, note: { text } } });
    // strong: every card reviewed yesterday with long stability (R ≈ 0.99).
    await db.card.updateMany({ where: { userId: s1.id, note: { text: strong.text } }, data: { state: 2, stability: 100, lastReview: new Date(NOW.getTime() - DAY), due: new Date(NOW.getTime() + 50 * DAY), reps: 3 } });
    // weak: reviewed 30 days ago with stability 2 → R well under 0.9, and overdue.
    await db.card.updateMany({ where: { userId: s1.id, note: { text: weak.text } }, data: { state: 2, stability: 2, lastReview: new Date(NOW.getTime() - 30 * DAY), due: new Date(NOW.getTime() - 28 * DAY), reps: 2 } });
    // lapsed: forgotten again and again.
    await db.card.updateMany({ where: { userId: s1.id, note: { text: lapsed.text } }, data: { state: 3, stability: 1, lastReview: new Date(NOW.getTime() - 2 * DAY), due: new Date(NOW.getTime() - DAY), reps: 6, lapses: 4 } });
    const strongCards = await cardsOf(strong.text);
    for (const [k, c] of strongCards.entries()) await makeLog({ userId: s1.id, cardId: c.id, review: new Date(NOW.getTime() - (k + 1) * 3_600_000), state: 2 });
    await makeLog({ userId: s1.id, cardId: (await cardsOf(weak.text))[0].id, review: new Date(NOW.getTime() - 10 * DAY), state: 2 }); // too old to count

    const r = await getAssignmentRetention({ userId: teacher.id, assignmentId, now: NOW });
    const one = r.students.find((s) => s.userId === s1.id)!;
    expect(one).toMatchObject({ items: items.length, retained: 1, reviews7d: strongCards.length });
    expect(one.share).toBeCloseTo(1 / items.length);
    expect(one.overdue).toBe((await cardsOf(weak.text)).length + (await cardsOf(lapsed.text)).length);
    expect(one.email).toBeNull(); // not allowed by the student
    expect(r.students.find((s) => s.userId === s2.id)).toMatchObject({ items: 0, retained: 0, reviews7d: 0, overdue: 0, share: 0 });
    expect(r.hardest[0].text).toBe(lapsed.text);
    expect(r.weakest.map((i) => i.text)).toEqual([weak.text, lapsed.text, strong.text]); // R ≈ 0.65, 0.85, 0.99

    const csv = retentionCsv(r).split("\r\n");
    expect(csv[0]).toBe("student,email,items_received,items_retained,share_retained,reviews_7d,overdue_cards");
    expect(csv).toHaveLength(r.students.length + 2);

    const own = await getOwnAssignmentFigures({ userId: s1.id, assignmentId, now: NOW });
    expect(own).toMatchObject({ items: one.items, retained: 1, reviews7d: one.reviews7d, overdue: one.overdue });
    // A classmate sees only their own (empty) figures.
    expect(await getOwnAssignmentFigures({ userId: s2.id, assignmentId, now: NOW })).toMatchObject({ items: 0, retained: 0, reviews7d: 0 });

    await db.user.update({ where: { id: s1.id }, data: { showEmailToTeachers: true } });
    expect((await getAssignmentRetention({ userId: teacher.id, assignmentId, now: NOW })).students.find((s) => s.userId === s1.id)!.email).toBe(s1.email);
  });
});

describe("authorization through class membership", () => {
  it("a teacher of class B cannot read class A's students; a student cannot read the class figures; a removed student disappears", async () => {
    const { teacher, s1, assignmentId, klass } = await setup();
    const otherTeacher = await makeUser({ role: "TEACHER" });
    const s3 = await makeUser();
    await makeClass(otherTeacher.id, [s3.id]);
    await receiveAssignment({ userId: s1.id, assignmentId, now: NOW });

    await expect(getAssignmentRetention({ userId: otherTeacher.id, assignmentId, now: NOW })).rejects.toThrow("Assignment not found.");
    await expect(getAssignmentItems({ userId: otherTeacher.id, assignmentId })).rejects.toThrow("Assignment not found.");
    await expect(addAssignmentItem({ userId: otherTeacher.id, assignmentId, key: "word:我们" })).rejects.toThrow("Assignment not found.");
    await expect(getAssignmentRetention({ userId: s1.id, assignmentId, now: NOW })).rejects.toThrow("Assignment not found.");
    await expect(getOwnAssignmentFigures({ userId: s3.id, assignmentId, now: NOW })).rejects.toThrow("Assignment not found.");
    await expect(receiveAssignment({ userId: s3.id, assignmentId, now: NOW })).rejects.toThrow("Assignment not found.");
    expect(await db.note.count({ where: { userId: s3.id } })).toBe(0);

    // A co-teacher added by the owner sees the dashboard.
    await addCoTeacher({ userId: teacher.id, classId: klass.id, email: otherTeacher.email });
    expect((await getAssignmentRetention({ userId: otherTeacher.id, assignmentId, now: NOW })).students.map((s) => s.userId)).toContain(s1.id);
    await expect(addCoTeacher({ userId: otherTeacher.id, classId: klass.id, email: teacher.email })).rejects.toThrow("Class not found.");
    await expect(addCoTeacher({ userId: teacher.id, classId: klass.id, email: s3.email })).rejects.toThrow(/highlighted|No teacher/);

    await removeMember({ userId: teacher.id, classId: klass.id, memberId: s1.id });
    const after = await getAssignmentRetention({ userId: teacher.id, assignmentId, now: NOW });
    expect(after.students.map((s) => s.userId)).not.toContain(s1.id);
    expect(after.hardest).toEqual([]);
    await expect(getOwnAssignmentFigures({ userId: s1.id, assignmentId, now: NOW })).rejects.toThrow("Assignment not found.");
  });
});
