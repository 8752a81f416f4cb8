export const ownDataOnly: Record<string, string> = {
  "GET /api/reviews/export": "exports only the caller's review logs (tests/integration/export.test.ts checks another user's rows are absent)",
};
