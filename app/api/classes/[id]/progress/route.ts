import { NextResponse } from "next/server";
import { teacherRoute } from "@/lib/server/auth/guard";
import { getClassProgress } from "@/lib/server/classes/get-class-progress";

/** The class dashboard as JSON (for scripts and exports): the teacher's own classes only. */
export const GET = teacherRoute(async (_req, { user, params }) => {
  const progress = await getClassProgress({ userId: user.id, classId: params.id ?? "" });
  return NextResponse.json(progress);
});
