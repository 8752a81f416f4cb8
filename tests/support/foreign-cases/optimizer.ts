import { db } from "../db";
import { request } from "../http";
import type { ForeignCase } from "../foreign-cases";

async function doneJob(ownerId: string) {
  return db.optimizerJob.create({ data: { userId: ownerId, status: "DONE", progress: 1, weights: new Array(21).fill(0.5), reviewCount: 500 } });
}

export const cases: Record<string, ForeignCase> = {
  "GET /api/optimizer/[jobId]": {
    async build({ ownerId, intruderId }) {
      const job = await doneJob(ownerId);
      return { req: await request(`/api/optimizer/${job.id}`, { userId: intruderId }), params: { jobId: job.id } };
    },
  },
  "POST /api/optimizer/[jobId]/apply": {
    async build({ ownerId, intruderId }) {
      const job = await doneJob(ownerId);
      return { req: await request(`/api/optimizer/${job.id}/apply`, { method: "POST", userId: intruderId, body: {} }), params: { jobId: job.id } };
    },
  },
};

export const ownDataOnly: Record<string, string> = {
  "POST /api/optimizer": "starts a job on the caller's own review history",
};
