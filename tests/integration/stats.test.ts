import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { makeLog, makeNote } from "../support/make-notes";
import { getReviewHeatmap } from "@/lib/server/stats/get-review-heatmap";
import { getDueForecast } from "@/lib/server/stats/get-due-forecast";
import { getTrueRetention } from "@/lib/server/stats/get-true-retention";
import { getTimeSpent } from "@/lib/server/stats/get-time-spent";
import { getCardCounts } from "@/lib/server/stats/get-card-counts";
import { getDaySettings } from "@/lib/server/stats/get-day-settings";

// 20:00 in Shanghai on 10 March; the study day starts at 04:00 local time.
const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = { timeZone: "Asia/Shanghai", dayStartHour: 4 };

async function history() {
  const user = await makeUser();
  await db.schedulingSettings.update({ where: { userId: user.id }, data: DAY });
  const { cards } = await makeNote(user.id, { cardTypes: ["RECOGNITION", "RECALL", "LISTENING", "CLOZE", "COMPLETION"] });
  const [a, b, c, d, e] = cards;
  const log = (cardId: string, iso: string, rating: 1 | 2 | 3 | 4, state: 0 | 1 | 2 | 3, durationMs = 0) =>
    makeLog(user.id, cardId, { review: new Date(iso), rating, state, durationMs });
  await log(a.id, "2026-03-09T19:30:00Z", 3, 2, 10_000); // 03:30 on the 10th in Shanghai: still the 9th's study day
  await log(a.id, "2026-03-09T20:30:00Z", 3, 2, 4_000); // 04:30 on the 10th: today
  await log(b.id, "2026-03-10T02:00:00Z", 1, 2, 6_000); // today, Again
  await log(c.id, "2026-03-10T03:00:00Z", 3, 0, 2_000); // today, a new card: not in true retention
  await log(c.id, "2026-03-05T03:00:00Z", 3, 2, 1_000); // 5 days ago
  await log(d.id, "2026-02-20T03:00:00Z", 2, 3, 1_000); // relearning: not in true retention
  await log(d.id, "2025-04-01T03:00:00Z", 1, 2, 1_000); // within the year only
  await log(d.id, "2025-01-01T03:00:00Z", 3, 2, 1_000); // more than a year ago
  // Cards due: overdue, 03:00 and 05:00 local on the 12th, beyond 30 days, suspended, new.
  await db.card.update({ where: { id: a.id }, data: { state: 2, due: new Date("2026-03-01T00:00:00Z") } });
  await db.card.update({ where: { id: b.id }, data: { state: 3, due: new Date("2026-03-11T19:00:00Z") } });
  await db.card.update({ where: { id: c.id }, data: { state: 2, due: new Date("2026-03-11T21:00:00Z") } });
  await db.card.update({ where: { id: d.id }, data: { state: 2, due: new Date("2026-03-11T21:00:00Z"), suspended: true } });
  await db.card.update({ where: { id: e.id }, data: { state: 2, due: new Date("2026-05-01T00:00:00Z") } });
  await makeNote(user.id, { cardTypes: ["RECOGNITION"], due: new Date("2026-03-10T00:00:00Z") }); // new
  return user;
}

describe("stats", () => {
  it("buckets reviews by study day in the user's zone, shifted by the day-start hour", async () => {
    const user = await history();
    const day = await getDaySettings({ userId: user.id });
    expect(day).toEqual(DAY);
    const heatmap = await getReviewHeatmap({ userId: user.id, day, now: NOW });
    expect(heatmap).toHaveLength(365);
    expect(heatmap.at(-1)).toEqual({ day: "2026-03-10", count: 3 });
    expect(heatmap.at(-2)).toEqual({ day: "2026-03-09", count: 1 });
    expect(heatmap.find((h) => h.day === "2026-03-05")!.count).toBe(1);
    expect(heatmap[0].day).toBe("2025-03-11");
    expect(heatmap.reduce((n, h) => n + h.count, 0)).toBe(7);
  });

  it("true retention counts only review-state answers, per period", async () => {
    const user = await history();
    const r = await getTrueRetention({ userId: user.id, day: DAY, now: NOW });
    expect(r.map((p) => [p.key, p.reviews, p.passed])).toEqual([
      ["today", 2, 1],
      ["week", 4, 3],
      ["month", 4, 3],
      ["year", 5, 3],
    ]);
    expect(r[0].retention).toBe(0.5);
    expect(r[1].retention).toBe(0.75);
  });

  it("forecasts due cards per study day (overdue → today), leaving out new and suspended cards", async () => {
    const user = await history();
    const f = await getDueForecast({ userId: user.id, day: DAY, now: NOW });
    expect(f).toHaveLength(30);
    expect(f.slice(0, 4)).toEqual([
      { day: "2026-03-10", offset: 0, count: 1 },
      { day: "2026-03-11", offset: 1, count: 1 },
      { day: "2026-03-12", offset: 2, count: 1 },
      { day: "2026-03-13", offset: 3, count: 0 },
    ]);
    expect(f.reduce((n, d) => n + d.count, 0)).toBe(3);
  });

  it("counts cards by state and time spent", async () => {
    const user = await history();
    expect(await getCardCounts({ userId: user.id })).toEqual({ new: 1, learning: 0, review: 3, relearning: 1, suspended: 1, total: 6 });
    const t = await getTimeSpent({ userId: user.id, day: DAY, now: NOW });
    expect(t.map((p) => [p.key, p.reviews, p.ms])).toEqual([
      ["today", 3, 12_000],
      ["week", 5, 23_000],
      ["month", 6, 24_000],
    ]);
  });

  it("is empty for a user without reviews", async () => {
    const user = await makeUser();
    const day = await getDaySettings({ userId: user.id });
    expect((await getReviewHeatmap({ userId: user.id, day, now: NOW })).every((h) => h.count === 0)).toBe(true);
    expect((await getTrueRetention({ userId: user.id, day, now: NOW })).every((p) => p.retention === null)).toBe(true);
    expect((await getTimeSpent({ userId: user.id, day, now: NOW })).every((p) => p.ms === 0)).toBe(true);
    expect((await getCardCounts({ userId: user.id })).total).toBe(0);
  });
});
