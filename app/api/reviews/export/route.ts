import { authedRoute } from "@/lib/server/auth/guard";
import { exportReviewsCsv } from "@/lib/server/export/export-reviews-csv";

export const GET = authedRoute(async (_req, { user }) => {
  return new Response(await exportReviewsCsv({ userId: user.id }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="revlog.csv"', "cache-control": "no-store" },
  });
});
