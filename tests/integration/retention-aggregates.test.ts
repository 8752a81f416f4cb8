// The dashboard reads ItemProgress and AssignmentProgress, the class page LessonProgress (all kept by
// triggers); their figures must equal the ones computed from scratch over notes, cards and review
// logs, after every kind of change that can move them: answers through the real answer path, undo,
// suspend, reset, note deletion and renaming, a note detached from its lesson, a student joining with
// notes already saved, one removed, items added and removed, an assignment removed, a student's own decay.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { retentionFigures, type ItemFigures, type StudentFigures } from "@/lib/server/assignments/retention-query";
import { recordReviews } from "@/lib/server/review/record-review";
import { undoReview } from "@/lib/server/review/undo-review";
import { changeCard } from "@/lib/server/notes/change-card";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { receiveAssignment } from "@/lib/server/assignments/receive-assignment";
import type { RatingValue } from "@/lib/srs/card-state";
import { db, makeUser } from "../support/db";
import { makeLesson } from "../support/make-notes";
import { retentionFromScratch } from "../support/retention-from-scratch";
import { classProgressCells, type ProgressCellCounts } from "@/lib/server/classes/class-progress-cells";
import { classProgressFromScratch } from "../support/class-progress-from-scratch";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byStudent = (a: StudentFigures, b: StudentFigures) => (a.userId + a.assignmentId).localeCompare(b.userId + b.assignmentId);
const byItem = (a: ItemFigures, b: ItemFigures) => a.itemId.localeCompare(b.itemId);

const byCell = (a: ProgressCellCounts, b: ProgressCellCounts) => (a.userId + a.lessonId).localeCompare(b.userId + b.lessonId);

async function expectSameFigures(classId: string, now: Date, opts: { assignmentId?: string; onlyUserId?: string } = {}) {
  const [fast, slow, cells, cellsFromScratch] = await Promise.all([
    retentionFigures({ classId, now, ...opts }),
    retentionFromScratch({ classId, now, ...opts }),
    classProgressCells({ classId, now }),
    classProgressFromScratch({ classId, now }),
  ]);
  expect(cells.slice().sort(byCell)).toEqual(cellsFromScratch.slice().sort(byCell));
  expect(fast.students.slice().sort(byStudent)).toEqual(slow.students.slice().sort(byStudent));
  const [f, s] = [fast.items.slice().sort(byItem), slow.items.slice().sort(byItem)];
  const exact = (i: ItemFigures) => ({ ...i, againRate: null, averageRetrievability: null });
  expect(f.map(exact)).toEqual(s.map(exact));
  for (const [i, item] of f.entries()) {
    for (const key of ["againRate", "averageRetrievability"] as const) {
      if (s[i][key] === null) expect(item[key]).toBeNull();
      else expect(item[key]).toBeCloseTo(s[i][key]!, 9);
    }
  }
  return fast;
}

async function setup() {
  const teacher = await makeUser({ role: "TEACHER" });
  const students = [await makeUser(), await makeUser(), await makeUser(), await makeUser()];
  const klass = await db.class.create({
    data: { teacherId: teacher.id, name: "Class", joinCode: randomUUID().slice(0, 8), memberships: { create: students.slice(0, 3).map((s) => ({ userId: s.id })) } },
  });
  const assignments = [];
  for (let a = 0; a < 2; a++) {
    const lesson = await makeLesson(teacher.id, `课${a}`);
    const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: lesson.id, dueAt: new Date(NOW.getTime() + 7 * DAY) } });
    // Item 词0 is in both assignments, so one note answers to two items.
    await db.assignmentItem.createMany({
      data: Array.from({ length: 6 }, (_, i) => ({ assignmentId: assignment.id, kind: "WORD" as const, text: `词${a * 5 + i}`, pinyin: "cí", meaning: `word ${i}` })),
    });
    assignments.push(assignment);
  }
  return { teacher, students, klass, assignments };
}

/** Random FSRS-looking states written straight to the cards, and logs over the last 20 days. */
async function scramble(userIds: string[], rand: () => number, now: Date) {
  const cards = await db.card.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" } });
  for (const c of cards) {
    const started = rand() < 0.8;
    await db.card.update({
      where: { id: c.id },
      data: started
        ? {
            state: 1 + Math.floor(rand() * 3),
            stability: 0.5 + rand() * 40,
            difficulty: 1 + rand() * 9,
            lastReview: new Date(now.getTime() - rand() * 30 * DAY),
            due: new Date(now.getTime() + (rand() * 30 - 10) * DAY),
            reps: 1 + Math.floor(rand() * 8),
            lapses: Math.floor(rand() * 3),
            suspended: rand() < 0.1,
          }
        : { state: 0, stability: 0, lastReview: null, reps: 0, lapses: 0 },
    });
    for (let k = Math.floor(rand() * 4); k > 0; k--) {
      await db.reviewLog.create({
        data: {
          clientId: randomUUID(), userId: c.userId, cardId: c.id, rating: 1 + Math.floor(rand() * 4), state: 2, due: now, stability: 5, difficulty: 5,
          elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 1, learningSteps: 0, review: new Date(now.getTime() - rand() * 20 * DAY), previousDue: now, cardVersion: 1,
        },
      });
    }
  }
}

describe("retention aggregates (ItemProgress) equal the figures computed from scratch", () => {
  it("after random states, real answers, undo, suspend, reset, deletion, renaming, joins, removals and item changes", async () => {
    const rand = random(9);
    const { students, klass, assignments } = await setup();
    const [s1, s2, s3, s4] = students;
    for (const s of [s1, s2, s3]) for (const a of assignments) await receiveAssignment({ userId: s.id, assignmentId: a.id, now: NOW });
    // s4 is not a member yet but already has notes for some items (saved from the reader).
    for (const text of ["词1", "词2", "词7"]) {
      const lessonId = text === "词7" ? null : assignments[0].lessonId;
      await db.note.create({ data: { userId: s4.id, kind: "WORD", text, lessonId, cards: { create: [{ userId: s4.id, type: "RECOGNITION", due: NOW }] } } });
    }
    expect(await db.itemProgress.count({ where: { classId: klass.id } })).toBeGreaterThan(30);
    await expectSameFigures(klass.id, NOW);

    await scramble(students.map((s) => s.id), rand, NOW);
    // A student with their own decay (optimised weights).
    const w = Array.from({ length: 21 }, (_, i) => (i === 20 ? 0.3 : 1));
    await db.schedulingSettings.update({ where: { userId: s2.id }, data: { weights: w } });
    for (const now of [NOW, new Date(NOW.getTime() + 3 * DAY), new Date(NOW.getTime() + 40 * DAY)]) await expectSameFigures(klass.id, now);
    await expectSameFigures(klass.id, NOW, { assignmentId: assignments[1].id });
    await expectSameFigures(klass.id, NOW, { assignmentId: assignments[0].id, onlyUserId: s1.id });

    // Answers through the real path (card update, log, burying in one statement), then an undo.
    const later = new Date(NOW.getTime() + HOUR);
    // Asked after the answers: a review later than `now` counts as R = 1 here (as lib/srs does),
    // where the old query computed R > 1 from a negative elapsed time.
    const afterAnswers = new Date(later.getTime() + 10_000);
    const s1Cards = await db.card.findMany({ where: { userId: s1.id, suspended: false }, orderBy: { id: "asc" }, take: 6 });
    const results = await recordReviews({
      userId: s1.id,
      answers: s1Cards.map((c, i) => ({ id: randomUUID(), cardId: c.id, rating: ((i % 4) + 1) as RatingValue, reviewedAt: new Date(later.getTime() + i * 1000), durationMs: 3000 })),
      now: afterAnswers,
    });
    expect(results.every((r) => r.status === "recorded")).toBe(true);
    await expectSameFigures(klass.id, afterAnswers);
    await undoReview({ userId: s1.id });
    await expectSameFigures(klass.id, afterAnswers);

    // Suspend, reset, delete a note, rename one (a lesson correction does this to notes).
    const s2Notes = await db.note.findMany({ where: { userId: s2.id }, include: { cards: true }, orderBy: { text: "asc" } });
    await changeCard({ userId: s2.id, noteId: s2Notes[0].id, cardId: s2Notes[0].cards[0].id, action: "suspend" });
    await changeCard({ userId: s2.id, noteId: s2Notes[1].id, cardId: s2Notes[1].cards[0].id, action: "reset", now: later });
    await deleteNote({ userId: s2.id, noteId: s2Notes[2].id });
    await db.note.update({ where: { id: s2Notes[3].id }, data: { text: "词改" } });
    await db.note.update({ where: { id: s2Notes[4].id }, data: { lessonId: null } });
    await expectSameFigures(klass.id, afterAnswers);
    expect((await classProgressCells({ classId: klass.id, now: afterAnswers })).length).toBe(6);

    // s4 joins with notes already reviewed; s3 is removed; an item is added and another removed.
    await db.membership.create({ data: { classId: klass.id, userId: s4.id } });
    await db.membership.delete({ where: { classId_userId: { classId: klass.id, userId: s3.id } } });
    await db.assignmentItem.create({ data: { assignmentId: assignments[0].id, kind: "WORD", text: "词改", pinyin: "", meaning: "" } });
    await db.assignmentItem.deleteMany({ where: { assignmentId: assignments[1].id, text: "词7" } });
    const figures = await expectSameFigures(klass.id, afterAnswers);
    expect(figures.students.some((s) => s.userId === s4.id)).toBe(true);
    expect(figures.students.some((s) => s.userId === s3.id)).toBe(false);
    expect(await db.itemProgress.count({ where: { userId: s3.id } })).toBe(0);
    expect(await db.assignmentProgress.count({ where: { userId: s3.id } })).toBe(0);
    expect(await db.lessonProgress.count({ where: { userId: s3.id } })).toBe(0);
    for (const now of [new Date(afterAnswers.getTime() + 2 * DAY), new Date(afterAnswers.getTime() + 29 * DAY)]) await expectSameFigures(klass.id, now);

    // The teacher removes an assignment: its cells and figures go.
    await db.assignment.delete({ where: { id: assignments[1].id } });
    await expectSameFigures(klass.id, afterAnswers);
    expect(await db.lessonProgress.count({ where: { lessonId: assignments[1].lessonId } })).toBe(0);
  });

  it("counts reviews in a 7-day window exactly at its edges, and overdue cards due exactly now", async () => {
    const { students, klass, assignments } = await setup();
    const [s1] = students;
    await receiveAssignment({ userId: s1.id, assignmentId: assignments[0].id, now: NOW });
    const card = await db.card.findFirstOrThrow({ where: { userId: s1.id, note: { text: "词0" } } });
    await db.card.update({ where: { id: card.id }, data: { state: 2, stability: 3, lastReview: new Date(NOW.getTime() - DAY), due: NOW, reps: 2 } });
    for (const review of [NOW.getTime() - 30 * DAY - 1, NOW.getTime() - 30 * DAY, NOW.getTime() - 7 * DAY - 1, NOW.getTime() - 7 * DAY, NOW.getTime(), NOW.getTime() + 1]) {
      await db.reviewLog.create({
        data: {
          clientId: randomUUID(), userId: s1.id, cardId: card.id, rating: 3, state: 2, due: NOW, stability: 3, difficulty: 5,
          elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 1, learningSteps: 0, review: new Date(review), previousDue: NOW, cardVersion: 1,
        },
      });
    }
    const figures = await expectSameFigures(klass.id, NOW, { onlyUserId: s1.id });
    expect(figures.students.find((s) => s.assignmentId === assignments[0].id)).toMatchObject({ reviews7d: 2, overdue: 1 });
  });
});
