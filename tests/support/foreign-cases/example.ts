// Template for a domain's cases (copy into e.g. lessons.ts):
//
// import { request } from "../http";
// import type { ForeignCase } from "../foreign-cases";
// export const cases: Record<string, ForeignCase> = {
//   "GET /api/lessons/[id]": {
//     async build({ ownerId, intruderId }) {
//       const lesson = await makeLesson(ownerId);
//       return { req: await request(`/api/lessons/${lesson.id}`, { userId: intruderId }), params: { id: lesson.id } };
//     },
//   },
// };
// export const ownDataOnly: Record<string, string> = { "GET /api/review/queue": "reads only the caller's cards" };
export {};
