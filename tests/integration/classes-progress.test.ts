import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeLesson, makeLog, makeNote } from "../support/make-notes";
import { createClass } from "@/lib/server/classes/create-class";
import { joinClass } from "@/lib/server/classes/join-class";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";
import { progressStatus, MAX_OVERDUE_CARDS, MIN_SAVED_BY_DUE } from "@/lib/server/classes/progress-status";
import * as progressRoute from "@/app/api/classes/[id]/progress/route";

const NOW = new Date("2026-03-10T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

/** A class with two assigned lessons (one due later, one already due) and a hand-made history. */
async function history() {
  const teacher = await makeUser({ role: "TEACHER" });
  const klass = await createClass({ userId: teacher.id, input: { name: "Progress" } });
  const current = await makeLesson(teacher.id, "本周课");
  const past = await makeLesson(teacher.id, "上周课");
  const unassigned = await makeLesson(teacher.id, "没布置的课");
  const aCurrent = await db.assignment.create({ data: { classId: klass.id, lessonId: current.id, dueAt: new Date("2026-03-15T00:00:00Z") } });
  const aPast = await db.assignment.create({ data: { classId: klass.id, lessonId: past.id, dueAt: new Date("2026-03-08T00:00:00Z") } });

  const ana = await makeUser();
  const bo = await makeUser();
  const outsider = await makeUser();
  for (const u of [ana, bo]) await joinClass({ userId: u.id, input: { code: klass.joinCode } });

  // Ana: three notes from the current lesson, two cards each.
  const n1 = await makeNote(ana.id, { lessonId: current.id });
  const n2 = await makeNote(ana.id, { lessonId: current.id });
  const n3 = await makeNote(ana.id, { lessonId: current.id });
  // Overdue: two studied cards past due; a new card and a suspended card past due do not count.
  await db.card.update({ where: { id: n1.cards[0].id }, data: { state: 2, due: daysAgo(1) } });
  await db.card.update({ where: { id: n1.cards[1].id }, data: { state: 1, due: daysAgo(0.01) } });
  await db.card.update({ where: { id: n2.cards[0].id }, data: { state: 2, due: daysAgo(3), suspended: true } });
  await db.card.update({ where: { id: n2.cards[1].id }, data: { state: 2, due: new Date("2026-03-11T00:00:00Z") } });
  // n3's cards are new (state 0), due 2026-01-01: not overdue.

  // Reviews of the current lesson's cards.
  await makeLog(ana.id, n1.cards[0].id, { review: daysAgo(1), rating: 3, state: 2 }); // 7d, review-state pass
  await makeLog(ana.id, n1.cards[0].id, { review: daysAgo(2), rating: 1, state: 2 }); // 7d, review-state Again
  await makeLog(ana.id, n1.cards[1].id, { review: daysAgo(3), rating: 1, state: 0 }); // 7d, not review state
  await makeLog(ana.id, n2.cards[1].id, { review: daysAgo(10), rating: 4, state: 2 }); // 30d pass
  await makeLog(ana.id, n2.cards[1].id, { review: daysAgo(20), rating: 2, state: 2 }); // 30d pass (Hard is not Again)
  await makeLog(ana.id, n2.cards[1].id, { review: daysAgo(40), rating: 1, state: 2 }); // too old for anything but "last review"
  await makeLog(ana.id, n3.cards[0].id, { review: new Date(NOW.getTime() + 60_000), rating: 1, state: 2 }); // after "now": ignored
  // → reviews7d 3; retention 3 of 4 review-state answers in 30 days = 0.75.

  // Ana: one note from the past lesson, never reviewed → behind (due passed with < MIN_SAVED_BY_DUE).
  await makeNote(ana.id, { lessonId: past.id });
  // Notes that must not count: no lesson, an unassigned lesson, and an outsider's note from the lesson.
  const loose = await makeNote(ana.id);
  await makeLog(ana.id, loose.cards[0].id, { review: daysAgo(0.5), rating: 3, state: 2 }); // counts only in the member totals
  await makeNote(ana.id, { lessonId: unassigned.id });
  const foreign = await makeNote(outsider.id, { lessonId: current.id });
  await makeLog(outsider.id, foreign.cards[0].id, { review: daysAgo(1), rating: 3, state: 2 });

  return { teacher, klass, ana, bo, outsider, aCurrent, aPast };
}

describe("the class progress dashboard", () => {
  it("counts saved words, reviews, retention and overdue cards per member and assignment", async () => {
    const h = await history();
    const p = await getClassProgress({ userId: h.teacher.id, classId: h.klass.id, now: NOW });
    expect(p.class.assignments.map((a) => a.lessonTitle)).toEqual(["上周课", "本周课"]);
    expect(p.members.map((m) => m.userId).sort()).toEqual([h.ana.id, h.bo.id].sort());

    const ana = p.members.find((m) => m.userId === h.ana.id)!;
    expect(ana.cells[h.aCurrent.id]).toEqual({ saved: 3, reviews7d: 3, retention: 0.75, overdue: 2, status: "on track" });
    expect(ana.cells[h.aPast.id]).toEqual({ saved: 1, reviews7d: 0, retention: null, overdue: 0, status: "behind" });
    // All of Ana's reviews up to now: 3 of the lesson + 1 loose within 7 days; the latest was 12 hours ago.
    expect(ana.reviews7d).toBe(4);
    expect(ana.lastReview).toEqual(daysAgo(0.5));

    const bo = p.members.find((m) => m.userId === h.bo.id)!;
    expect(bo.cells[h.aCurrent.id]).toEqual({ saved: 0, reviews7d: 0, retention: null, overdue: 0, status: "not started" });
    expect(bo.cells[h.aPast.id].status).toBe("behind");
    expect(bo.lastReview).toBeNull();
    expect(bo.reviews7d).toBe(0);
  });

  it("status rules: not started, on track, behind by the due date or by overdue cards", () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    const earlier = new Date(NOW.getTime() - 86_400_000);
    expect(progressStatus({ saved: 0, overdue: 0 }, later, NOW)).toBe("not started");
    expect(progressStatus({ saved: 1, overdue: 0 }, later, NOW)).toBe("on track");
    expect(progressStatus({ saved: MIN_SAVED_BY_DUE - 1, overdue: 0 }, earlier, NOW)).toBe("behind");
    expect(progressStatus({ saved: MIN_SAVED_BY_DUE, overdue: 0 }, earlier, NOW)).toBe("on track");
    expect(progressStatus({ saved: 30, overdue: MAX_OVERDUE_CARDS }, later, NOW)).toBe("on track");
    expect(progressStatus({ saved: 30, overdue: MAX_OVERDUE_CARDS + 1 }, later, NOW)).toBe("behind");
  });

  it("only the class's teacher sees it: another teacher and a member get 404 (or 403 for a learner account)", async () => {
    const h = await history();
    const otherTeacher = await makeUser({ role: "TEACHER" });
    await joinClass({ userId: otherTeacher.id, input: { code: h.klass.joinCode } });
    await expect(getClassProgress({ userId: otherTeacher.id, classId: h.klass.id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClassProgress({ userId: h.ana.id, classId: h.klass.id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const url = `/api/classes/${h.klass.id}/progress`;
    const own = await progressRoute.GET(await request(url, { userId: h.teacher.id }), params({ id: h.klass.id }));
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.members).toHaveLength(3); // Ana, Bo and the other teacher who joined
    expect(body.class.joinCode).toBe(h.klass.joinCode);

    const foreign = await progressRoute.GET(await request(url, { userId: otherTeacher.id }), params({ id: h.klass.id }));
    const missing = await progressRoute.GET(await request("/api/classes/x/progress", { userId: otherTeacher.id }), params({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());

    const learner = await progressRoute.GET(await request(url, { userId: h.ana.id }), params({ id: h.klass.id }));
    expect(learner.status).toBe(403);
  });
});
