import { authedRoute } from "@/lib/server/auth/guard";
import { exportNotesAnki } from "@/lib/server/export/export-notes-anki";

export const GET = authedRoute(async (_req, { user }) => {
  return new Response(await exportNotesAnki({ userId: user.id }), {
    headers: { "content-type": "text/tab-separated-values; charset=utf-8", "content-disposition": 'attachment; filename="news-cards-notes.txt"', "cache-control": "no-store" },
  });
});
