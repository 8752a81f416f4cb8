"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, teacherAction } from "@/lib/server/auth/guard";
import { formFields } from "@/lib/validation/classes";
import { createClass } from "@/lib/server/classes/create-class";
import { renameClass } from "@/lib/server/classes/rename-class";
import { regenerateJoinCode } from "@/lib/server/classes/regenerate-join-code";
import { deleteClass } from "@/lib/server/classes/delete-class";
import { removeMember } from "@/lib/server/classes/remove-member";
import { assignLesson } from "@/lib/server/classes/assign-lesson";
import { changeDueDate } from "@/lib/server/classes/change-due-date";
import { unassignLesson } from "@/lib/server/classes/unassign-lesson";
import { joinClass } from "@/lib/server/classes/join-class";
import { leaveClass } from "@/lib/server/classes/leave-class";
import { requestIp } from "@/lib/server/http/client-ip";

// Every action takes (previous state, FormData) so forms can use useActionState.

function refresh(classId?: string) {
  revalidatePath("/classes");
  if (classId) revalidatePath(`/classes/${classId}`);
  revalidatePath("/lessons");
}

export const createClassAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const created = await createClass({ userId: user.id, input: formFields(form) });
  refresh();
  return created;
});

export const renameClassAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const renamed = await renameClass({ userId: user.id, input: formFields(form) });
  refresh(renamed.id);
  return renamed;
});

export const regenerateJoinCodeAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const classId = formFields(form).classId ?? "";
  const result = await regenerateJoinCode({ userId: user.id, classId });
  refresh(classId);
  return result;
});

export const deleteClassAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  await deleteClass({ userId: user.id, classId: formFields(form).classId ?? "" });
  refresh();
  redirect("/classes");
});

export const removeMemberAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { classId = "", memberId = "" } = formFields(form);
  await removeMember({ userId: user.id, classId, memberId });
  refresh(classId);
});

export const assignLessonAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const input = formFields(form);
  const assignment = await assignLesson({ userId: user.id, input });
  refresh(input.classId);
  return assignment;
});

export const changeDueDateAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const input = formFields(form);
  const assignment = await changeDueDate({ userId: user.id, input });
  refresh(input.classId);
  return assignment;
});

export const unassignLessonAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { classId = "", assignmentId = "" } = formFields(form);
  await unassignLesson({ userId: user.id, classId, assignmentId });
  refresh(classId);
});

export const joinClassAction = authedAction(async (user, _prev: unknown, form: FormData) => {
  const joined = await joinClass({ userId: user.id, input: formFields(form), ip: await requestIp() });
  refresh();
  return joined;
});

export const leaveClassAction = authedAction(async (user, _prev: unknown, form: FormData) => {
  await leaveClass({ userId: user.id, classId: formFields(form).classId ?? "" });
  refresh();
});
