import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { db, makeUser } from "../support/db";
import { params, request } from "../support/http";
import { makeNote } from "../support/make-notes";
import { runJobWorker } from "../support/worker";
import { syntheticHistories } from "../unit/srs/synthetic-history";
import type { CardHistory } from "@/lib/srs/optimize";
import * as startRoute from "@/app/api/optimizer/route";
import * as jobRoute from "@/app/api/optimizer/[jobId]/route";
import * as applyRoute from "@/app/api/optimizer/[jobId]/apply/route";

const START = new Date("2026-01-01T09:00:00Z");
const noParams = { params: Promise.resolve({}) };

async function storeHistories(userId: string, histories: CardHistory[]) {
  for (const h of histories) {
    const { cards } = await makeNote(userId, { cardTypes: ["RECOGNITION"] });
    await db.reviewLog.createMany({
      data: h.reviews.map((r) => ({
        clientId: randomUUID(), userId, cardId: cards[0].id, rating: r.rating, state: 2, due: r.reviewedAt, stability: 1, difficulty: 5,
        elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, review: r.reviewedAt, previousDue: r.reviewedAt, cardVersion: 1,
      })),
    });
  }
}

const start = async (userId: string) => startRoute.POST(await request("/api/optimizer", { method: "POST", userId, body: {} }), noParams);
const poll = async (userId: string, jobId: string) => (await (await jobRoute.GET(await request(`/api/optimizer/${jobId}`, { userId }), params({ jobId }))).json()).job;

runJobWorker();

describe("optimizer jobs", () => {
  it("says how many more reviews are needed and creates no job", async () => {
    const user = await makeUser();
    await storeHistories(user.id, syntheticHistories({ cards: 10, reviewsPerCard: () => 3, seed: 1, start: START }));
    const res = await start(user.id);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe("Optimizing needs at least 400 reviews. You have 30: 370 more to go.");
    expect(await db.optimizerJob.count({ where: { userId: user.id } })).toBe(0);
  });

  it("fits 21 weights in a background job the client polls, then applies them", async () => {
    const user = await makeUser();
    await storeHistories(user.id, syntheticHistories({ cards: 125, reviewsPerCard: () => 4, seed: 7, start: START, recallOf: (p) => p ** 2 }));

    // A start while another job of the user's runs is refused. (Checked against a job held RUNNING
    // here: a real fit of 500 reviews can finish before a second request arrives.)
    const inFlight = await db.optimizerJob.create({ data: { userId: user.id, status: "RUNNING", reviewCount: 500 } });
    const refused = await start(user.id);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toMatch(/already running/);
    await db.optimizerJob.update({ where: { id: inFlight.id }, data: { status: "FAILED", finishedAt: new Date() } });

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const t0 = performance.now();
    const res = await start(user.id);
    const respondedMs = performance.now() - t0;
    expect(res.status).toBe(202);
    const { job } = await res.json();
    expect(job).toMatchObject({ reviewCount: 500 });

    let seen = job;
    while (seen.status === "QUEUED" || seen.status === "RUNNING") {
      await new Promise((r) => setTimeout(r, 100));
      seen = await poll(user.id, job.id);
    }
    const totalMs = performance.now() - t0;
    delay.disable();
    console.log(`optimizer: responded in ${respondedMs.toFixed(0)} ms, finished in ${totalMs.toFixed(0)} ms, max event-loop delay ${(delay.max / 1e6).toFixed(0)} ms`);
    expect(seen.status).toBe("DONE");
    expect(seen.weights).toHaveLength(21);
    expect(seen.progress).toBe(1);
    expect(seen.logLossAfter).toBeLessThan(seen.logLossBefore);

    const applied = await applyRoute.POST(await request(`/api/optimizer/${job.id}/apply`, { method: "POST", userId: user.id, body: {} }), params({ jobId: job.id }));
    expect(applied.status).toBe(200);
    expect((await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).weights).toEqual(seen.weights);
    expect((await poll(user.id, job.id)).status).toBe("APPLIED");
    const twice = await applyRoute.POST(await request(`/api/optimizer/${job.id}/apply`, { method: "POST", userId: user.id, body: {} }), params({ jobId: job.id }));
    expect(twice.status).toBe(409);
  }, 60_000);

  it("ends FAILED with the optimizer's message when the history cannot be fitted", async () => {
    const user = await makeUser();
    await storeHistories(user.id, syntheticHistories({ cards: 400, reviewsPerCard: () => 1, seed: 3, start: START }));
    const res = await start(user.id);
    expect(res.status).toBe(202);
    let job = (await res.json()).job;
    while (job.status === "QUEUED" || job.status === "RUNNING") {
      await new Promise((r) => setTimeout(r, 100));
      job = await poll(user.id, job.id);
    }
    expect(job).toMatchObject({ status: "FAILED", error: "Optimizing needs more cards reviewed again on a later day", weights: [] });
    const applied = await applyRoute.POST(await request(`/api/optimizer/${job.id}/apply`, { method: "POST", userId: user.id, body: {} }), params({ jobId: job.id }));
    expect(applied.status).toBe(409);
  }, 60_000);

  it("does not apply a job that has not finished", async () => {
    const user = await makeUser();
    const job = await db.optimizerJob.create({ data: { userId: user.id, status: "RUNNING" } });
    const res = await applyRoute.POST(await request(`/api/optimizer/${job.id}/apply`, { method: "POST", userId: user.id, body: {} }), params({ jobId: job.id }));
    expect(res.status).toBe(409);
    expect((await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).weights).toEqual([]);
  });
});
