import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { makeLesson } from "../support/make-notes";
import { createClass } from "@/lib/server/classes/create-class";
import { assignLesson } from "@/lib/server/classes/assign-lesson";
import { changeDueDate } from "@/lib/server/classes/change-due-date";
import { unassignLesson } from "@/lib/server/classes/unassign-lesson";
import { listAssignableLessons } from "@/lib/server/classes/list-assignable-lessons";

const NOW = new Date("2026-03-10T08:00:00Z");
const rejects = (p: Promise<unknown>, code: string, message?: string, fields?: Record<string, string>) =>
  expect(p).rejects.toMatchObject({ code, ...(message ? { message } : {}), ...(fields ? { fields } : {}) });

async function setup() {
  const teacher = await makeUser({ role: "TEACHER" });
  const klass = await createClass({ userId: teacher.id, input: { name: "Assignments" } });
  const lesson = await makeLesson(teacher.id, "我的课");
  return { teacher, klass, lesson };
}

describe("assigning lessons", () => {
  it("assigns my own lesson with a future due date (the browser's offset kept as an instant), changes and removes it", async () => {
    const { teacher, klass, lesson } = await setup();
    // 2026-03-12 18:30 in Beijing (UTC+8) is 10:30 UTC.
    const a = await assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: lesson.id, dueAt: "2026-03-12T18:30:00+08:00" } });
    expect(a.dueAt.toISOString()).toBe("2026-03-12T10:30:00.000Z");
    expect(await listAssignableLessons({ userId: teacher.id })).toEqual([{ id: lesson.id, title: "我的课" }]);

    await rejects(
      assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: lesson.id, dueAt: "2026-04-01T00:00:00Z" } }),
      "CONFLICT",
    );

    await changeDueDate({ userId: teacher.id, input: { classId: klass.id, assignmentId: a.id, dueAt: "2026-03-20T09:00:00.000Z" } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).dueAt.toISOString()).toBe("2026-03-20T09:00:00.000Z");
    await rejects(changeDueDate({ userId: teacher.id, input: { classId: klass.id, assignmentId: a.id, dueAt: "next week" } }), "INVALID_INPUT", undefined, {
      dueAt: "Choose a valid due date and time",
    });

    await unassignLesson({ userId: teacher.id, classId: klass.id, assignmentId: a.id });
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
    await rejects(unassignLesson({ userId: teacher.id, classId: klass.id, assignmentId: a.id }), "NOT_FOUND", "Assignment not found.");
  });

  it("refuses a due date in the past or malformed, with a field error and nothing written", async () => {
    const { teacher, klass, lesson } = await setup();
    const base = { classId: klass.id, lessonId: lesson.id };
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { ...base, dueAt: "2026-03-10T07:59:00Z" } }), "INVALID_INPUT", undefined, {
      dueAt: "The due date must be in the future",
    });
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { ...base, dueAt: "" } }), "INVALID_INPUT", undefined, { dueAt: "Choose a due date and time" });
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { ...base, dueAt: "2026-03-12T18:30" } }), "INVALID_INPUT", undefined, {
      dueAt: "Choose a valid due date and time",
    });
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: "", dueAt: "2026-04-01T00:00:00Z" } }), "INVALID_INPUT", undefined, {
      lessonId: "Choose a lesson",
    });
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("someone else's lesson is refused as 'Lesson not found', another teacher's class as 'Class not found'", async () => {
    const { teacher, klass, lesson } = await setup();
    const other = await makeUser({ role: "TEACHER" });
    const theirs = await makeLesson(other.id, "别人的课");
    const due = "2026-04-01T00:00:00Z";
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: theirs.id, dueAt: due } }), "NOT_FOUND", "Lesson not found.", {
      lessonId: "Lesson not found.",
    });
    await rejects(assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: "junk", dueAt: due } }), "NOT_FOUND", "Lesson not found.");
    await rejects(assignLesson({ userId: other.id, now: NOW, input: { classId: klass.id, lessonId: theirs.id, dueAt: due } }), "NOT_FOUND", "Class not found.");

    const a = await assignLesson({ userId: teacher.id, now: NOW, input: { classId: klass.id, lessonId: lesson.id, dueAt: due } });
    await rejects(changeDueDate({ userId: other.id, input: { classId: klass.id, assignmentId: a.id, dueAt: due } }), "NOT_FOUND", "Assignment not found.");
    await rejects(unassignLesson({ userId: other.id, classId: klass.id, assignmentId: a.id }), "NOT_FOUND", "Assignment not found.");
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(1);
    expect(await listAssignableLessons({ userId: teacher.id })).toEqual([{ id: lesson.id, title: "我的课" }]);
  });
});
