// "I know this" from the reader's word popover and the HSK level chosen in Settings: the same
// server actions as the study panel (app/lessons/[id]/actions.ts), whose input schemas and data
// functions are exercised here against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { makeUser } from "../support/db";
import { makeStatusLesson } from "../support/status-lesson";
import { saveNote } from "@/lib/server/notes/save-note";
import { getLessonWordView } from "@/lib/server/words/study-list";
import { ignoreWord, unignoreWord } from "@/lib/server/words/ignore-word";
import { getLearnerLevel, setHskLevel } from "@/lib/server/words/learner-level";
import { hskLevelInput, ignoreWordInput, unignoreWordInput } from "@/lib/validation/words";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;

describe("I know this, from the popover", () => {
  it("sets a saved word aside in the text, the counts and the study list; Undo brings it back", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    await saveNote({ userId: user.id, text: "坚持", kind: "word", now: new Date(NOW.getTime() - DAY) });
    let view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.statuses.get("坚持")).toBe("learning");
    const before = view.counts;

    // What the popover sends: ignoreWordAction({ text, reason: "known" }).
    await ignoreWord({ userId: user.id, ...ignoreWordInput.parse({ text: " 坚持 ", reason: "known" }) });
    await ignoreWord({ userId: user.id, ...ignoreWordInput.parse({ text: "银行", reason: "known" }) }); // a new word too
    view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.statuses.get("坚持")).toBe("ignored");
    expect(view.statuses.get("银行")).toBe("ignored");
    expect(view.counts).toEqual({ ...before, learning: before.learning - 1, new: before.new - 1, ignored: before.ignored + 2 });
    expect(view.study.map((i) => i.text)).not.toContain("银行");

    // Undo: unignoreWordAction({ text }); twice is harmless.
    await unignoreWord({ userId: user.id, ...unignoreWordInput.parse({ text: "坚持" }) });
    await unignoreWord({ userId: user.id, text: "坚持" });
    view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.statuses.get("坚持")).toBe("learning");

    // Another learner's text is untouched.
    const other = await makeUser();
    expect((await getLessonWordView({ userId: other.id, lessonId: lesson.id, now: NOW })).statuses.get("银行")).toBe("new");
  });

  it("refuses what the popover never sends", () => {
    expect(ignoreWordInput.safeParse({ text: "hello", reason: "known" }).success).toBe(false);
    expect(ignoreWordInput.safeParse({ text: "和平", reason: "forget" }).success).toBe(false);
    expect(ignoreWordInput.safeParse({ text: "", reason: "known" }).success).toBe(false);
  });
});

describe("the HSK level from Settings", () => {
  it("is the one the study list uses until cleared; only 1–7 or null are taken", async () => {
    const user = await makeUser();
    const lesson = await makeStatusLesson(user.id);
    expect(await getLearnerLevel({ userId: user.id })).toEqual({ level: 0, chosen: false });

    await setHskLevel({ userId: user.id, ...hskLevelInput.parse({ level: 2 }) });
    const view = await getLessonWordView({ userId: user.id, lessonId: lesson.id, now: NOW });
    expect(view.level).toEqual({ level: 2, chosen: true });
    expect(view.study.filter((i) => i.kind === "word" && i.hsk3 !== null && i.hsk3 <= 2)).toEqual([]);

    await setHskLevel({ userId: user.id, ...hskLevelInput.parse({ level: null }) });
    expect(await getLearnerLevel({ userId: user.id })).toEqual({ level: 0, chosen: false });
    for (const level of [0, 8, 2.5, "3", undefined]) expect(hskLevelInput.safeParse({ level }).success, String(level)).toBe(false);
  });
});
