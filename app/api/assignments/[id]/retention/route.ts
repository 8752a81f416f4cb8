import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { getAssignmentRetention, retentionCsv } from "@/lib/server/assignments/get-assignment-retention";

/** The assignment's retention table for its class's teachers: JSON, or CSV with ?format=csv. */
export const GET = authedRoute(async (req, { user, params }) => {
  const r = await getAssignmentRetention({ userId: user.id, assignmentId: params.id, now: new Date() });
  if (req.nextUrl.searchParams.get("format") !== "csv") return NextResponse.json(r);
  const name = `retention-${r.assignment.lesson.title.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 40)}.csv`;
  return new NextResponse(retentionCsv(r), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}` },
  });
});
