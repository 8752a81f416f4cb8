"use server";
import { revalidatePath } from "next/cache";
import { authedAction, teacherAction } from "@/lib/server/auth/guard";
import { formFields } from "@/lib/validation/classes";
import { addAssignmentItem, removeAssignmentItem } from "@/lib/server/assignments/assignment-items";
import { receiveAssignment } from "@/lib/server/assignments/receive-assignment";
import { addCoTeacher, removeCoTeacher } from "@/lib/server/classes/co-teachers";

// Every action takes (previous state, FormData) so forms can use useActionState.

export const addAssignmentItemAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { assignmentId = "", item = "" } = formFields(form);
  const { classId } = await addAssignmentItem({ userId: user.id, assignmentId, key: item });
  revalidatePath(`/classes/${classId}/assignments/${assignmentId}`);
});

export const removeAssignmentItemAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { assignmentId = "", itemId = "" } = formFields(form);
  const { classId } = await removeAssignmentItem({ userId: user.id, assignmentId, itemId });
  revalidatePath(`/classes/${classId}/assignments/${assignmentId}`);
});

/** A student opening an assignment receives its items (once; see receiveAssignment). */
export const receiveAssignmentAction = authedAction(async (user, _prev: unknown, form: FormData) => {
  const { assignmentId = "" } = formFields(form);
  const result = await receiveAssignment({ userId: user.id, assignmentId, now: new Date() });
  if (result.received) revalidatePath(`/assignments/${assignmentId}`);
  return result;
});

export const addCoTeacherAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { classId = "", email = "" } = formFields(form);
  const added = await addCoTeacher({ userId: user.id, classId, email });
  revalidatePath(`/classes/${classId}`);
  return added;
});

export const removeCoTeacherAction = teacherAction(async (user, _prev: unknown, form: FormData) => {
  const { classId = "", teacherId = "" } = formFields(form);
  await removeCoTeacher({ userId: user.id, classId, teacherId });
  revalidatePath(`/classes/${classId}`);
  revalidatePath("/classes");
});
