import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { makeLesson } from "../support/make-notes";
import { createClass } from "@/lib/server/classes/create-class";
import { renameClass } from "@/lib/server/classes/rename-class";
import { regenerateJoinCode } from "@/lib/server/classes/regenerate-join-code";
import { deleteClass } from "@/lib/server/classes/delete-class";
import { removeMember } from "@/lib/server/classes/remove-member";
import { joinClass } from "@/lib/server/classes/join-class";
import { leaveClass } from "@/lib/server/classes/leave-class";
import { listMemberClasses } from "@/lib/server/classes/list-member-classes";
import { listTaughtClasses } from "@/lib/server/classes/list-taught-classes";
import { getTaughtClass } from "@/lib/server/classes/get-taught-class";
import { generateJoinCode } from "@/lib/server/classes/join-code";
import { JOIN_CODE_ALPHABET } from "@/lib/validation/classes";

const rejects = (p: Promise<unknown>, code: string, message?: string, fields?: Record<string, string>) =>
  expect(p).rejects.toMatchObject({ code, ...(message ? { message } : {}), ...(fields ? { fields } : {}) });

describe("join codes", () => {
  it("are 8 characters from an alphabet without 0, O, 1 or I", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1I]/);
    const codes = new Set(Array.from({ length: 200 }, generateJoinCode));
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(codes.size).toBeGreaterThan(195);
  });

  it("a collision is retried with a new code", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const first = await createClass({ userId: teacher.id, input: { name: "A" }, newCode: () => "TAKENXYZ" });
    const codes = ["TAKENXYZ", "TAKENXYZ", "FRESHABC"];
    const second = await createClass({ userId: teacher.id, input: { name: "B" }, newCode: () => codes.shift()! });
    expect(first.joinCode).toBe("TAKENXYZ");
    expect(second.joinCode).toBe("FRESHABC");
  });
});

describe("managing a class", () => {
  it("creates, renames, regenerates the code and deletes; bad names are refused with a field error", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const created = await createClass({ userId: teacher.id, input: { name: "  外交汉语 2026  " } });
    expect(created.name).toBe("外交汉语 2026");
    expect(created.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

    await rejects(createClass({ userId: teacher.id, input: { name: "   " } }), "INVALID_INPUT", undefined, { name: "Enter a class name" });
    await rejects(createClass({ userId: teacher.id, input: { name: "x".repeat(121) } }), "INVALID_INPUT", undefined, {
      name: "Keep the class name under 120 characters",
    });
    expect(await db.class.count({ where: { teacherId: teacher.id } })).toBe(1);

    await renameClass({ userId: teacher.id, input: { classId: created.id, name: "Diplomacy 101" } });
    await rejects(renameClass({ userId: teacher.id, input: { classId: created.id, name: "" } }), "INVALID_INPUT");
    const { joinCode } = await regenerateJoinCode({ userId: teacher.id, classId: created.id });
    expect(joinCode).not.toBe(created.joinCode);
    expect(await listTaughtClasses({ userId: teacher.id })).toEqual([
      { id: created.id, name: "Diplomacy 101", joinCode, memberCount: 0, assignmentCount: 0 },
    ]);

    const learner = await makeUser();
    await joinClass({ userId: learner.id, input: { code: joinCode } });
    await deleteClass({ userId: teacher.id, classId: created.id });
    expect(await db.class.count({ where: { id: created.id } })).toBe(0);
    expect(await db.membership.count({ where: { classId: created.id } })).toBe(0);
    await rejects(deleteClass({ userId: teacher.id, classId: created.id }), "NOT_FOUND", "Class not found.");
  });

  it("another teacher's class is answered exactly like a missing one", async () => {
    const a = await makeUser({ role: "TEACHER" });
    const b = await makeUser({ role: "TEACHER" });
    const klass = await createClass({ userId: a.id, input: { name: "A's class" } });
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const classId of [klass.id, missing, "not-a-uuid"]) {
      await rejects(getTaughtClass({ userId: b.id, classId }), "NOT_FOUND", "Class not found.");
      await rejects(renameClass({ userId: b.id, input: { classId, name: "mine now" } }), "NOT_FOUND", "Class not found.");
      await rejects(regenerateJoinCode({ userId: b.id, classId }), "NOT_FOUND", "Class not found.");
      await rejects(deleteClass({ userId: b.id, classId }), "NOT_FOUND", "Class not found.");
    }
    expect(await db.class.findUniqueOrThrow({ where: { id: klass.id } })).toMatchObject({ name: "A's class", joinCode: klass.joinCode });
  });
});

describe("members", () => {
  it("join by code in any case, twice is idempotent, a wrong code is refused, leave, and the teacher removes", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const learner = await makeUser();
    const klass = await createClass({ userId: teacher.id, input: { name: "Evening class" } });
    const lesson = await makeLesson(teacher.id, "记者会");
    await db.assignment.create({ data: { classId: klass.id, lessonId: lesson.id, dueAt: new Date("2026-03-01T12:00:00Z") } });

    await rejects(joinClass({ userId: learner.id, input: { code: "ZZZZZZZZ" } }), "NOT_FOUND", "No class with this code", { code: "No class with this code" });
    await rejects(joinClass({ userId: learner.id, input: { code: "x".repeat(40) } }), "NOT_FOUND", "No class with this code");
    await rejects(joinClass({ userId: learner.id, input: { code: " " } }), "INVALID_INPUT", undefined, { code: "Enter the join code" });

    const joined = await joinClass({ userId: learner.id, input: { code: ` ${klass.joinCode.toLowerCase().slice(0, 4)}-${klass.joinCode.toLowerCase().slice(4)} ` } });
    expect(joined).toEqual({ id: klass.id, name: "Evening class" });
    await joinClass({ userId: learner.id, input: { code: klass.joinCode } });
    expect(await db.membership.count({ where: { classId: klass.id } })).toBe(1);

    const mine = await listMemberClasses({ userId: learner.id, now: new Date("2026-03-02T00:00:00Z") });
    expect(mine).toEqual([
      {
        id: klass.id,
        name: "Evening class",
        teacherName: "Test User",
        assignments: [{ id: expect.any(String), lessonId: lesson.id, lessonTitle: "记者会", dueAt: new Date("2026-03-01T12:00:00Z"), overdue: true }],
      },
    ]);
    expect((await listMemberClasses({ userId: learner.id, now: new Date("2026-02-01T00:00:00Z") }))[0].assignments[0].overdue).toBe(false);
    // The e-mail stays hidden from the teacher until the learner allows it.
    expect((await getTaughtClass({ userId: teacher.id, classId: klass.id })).members).toMatchObject([{ userId: learner.id, email: null, name: learner.name }]);
    await db.user.update({ where: { id: learner.id }, data: { showEmailToTeachers: true } });
    expect((await getTaughtClass({ userId: teacher.id, classId: klass.id })).members).toMatchObject([{ userId: learner.id, email: learner.email }]);

    await leaveClass({ userId: learner.id, classId: klass.id });
    expect(await listMemberClasses({ userId: learner.id })).toEqual([]);
    await rejects(leaveClass({ userId: learner.id, classId: klass.id }), "NOT_FOUND");

    // A teacher may join another teacher's class as a member.
    const otherTeacher = await makeUser({ role: "TEACHER" });
    await joinClass({ userId: learner.id, input: { code: klass.joinCode } });
    await joinClass({ userId: otherTeacher.id, input: { code: klass.joinCode } });
    await rejects(removeMember({ userId: otherTeacher.id, classId: klass.id, memberId: learner.id }), "NOT_FOUND", "Member not found.");
    await removeMember({ userId: teacher.id, classId: klass.id, memberId: learner.id });
    expect((await db.membership.findMany({ where: { classId: klass.id } })).map((m) => m.userId)).toEqual([otherTeacher.id]);
  });
});
