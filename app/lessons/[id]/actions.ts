"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/auth/guard";
import { addStudyItemsInput, hskLevelInput, ignoreWordInput, unignoreWordInput } from "@/lib/validation/words";
import { addStudyItems } from "@/lib/server/words/add-study-items";
import { ignoreWord, unignoreWord } from "@/lib/server/words/ignore-word";
import { setHskLevel } from "@/lib/server/words/learner-level";

// The reader's word-status actions. Each re-renders the lesson page, so the statuses in the
// text, the counts and the study list change together.

function refresh(lessonId?: string) {
  if (lessonId) revalidatePath(`/lessons/${lessonId}`);
  revalidatePath("/lessons");
}

/** "Add" one word or "Add the top N": the client sends the words it showed, so a repeat adds nothing. */
export const addStudyItemsAction = authedAction(async (user, input: unknown) => {
  const { lessonId, texts } = addStudyItemsInput.parse(input);
  const result = await addStudyItems({ userId: user.id, lessonId, texts, now: new Date() });
  refresh(lessonId);
  return result;
});

/** "I know this" / "Skip". */
export const ignoreWordAction = authedAction(async (user, input: unknown, lessonId?: unknown) => {
  const { text, reason } = ignoreWordInput.parse(input);
  await ignoreWord({ userId: user.id, text, reason });
  refresh(typeof lessonId === "string" ? lessonId : undefined);
});

export const unignoreWordAction = authedAction(async (user, input: unknown, lessonId?: unknown) => {
  const { text } = unignoreWordInput.parse(input);
  await unignoreWord({ userId: user.id, text });
  refresh(typeof lessonId === "string" ? lessonId : undefined);
});

/** The HSK 3.0 level the study list starts above (null: derive it from what the learner knows). */
export const setHskLevelAction = authedAction(async (user, input: unknown, lessonId?: unknown) => {
  const { level } = hskLevelInput.parse(input);
  await setHskLevel({ userId: user.id, level });
  refresh(typeof lessonId === "string" ? lessonId : undefined);
});
