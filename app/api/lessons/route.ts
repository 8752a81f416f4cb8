import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { importLesson } from "@/lib/server/lessons/import-lesson";
import { readImportBody } from "@/lib/server/lessons/read-import-body";

/**
 * Import a transcript: JSON or multipart (see readImportBody). The lesson is built by the worker:
 * 202 { jobId, status, stage, ... }; poll GET /api/lessons/builds/<jobId> until status is DONE.
 */
export const POST = authedRoute(async (req, { user }) => {
  const body = await readImportBody(req);
  const build = await importLesson({ ownerId: user.id, role: user.role, ...body });
  return NextResponse.json(
    { jobId: build.id, ...build, statusUrl: `/api/lessons/builds/${build.id}` },
    { status: 202, headers: { Location: `/api/lessons/builds/${build.id}` } },
  );
}, { accepts: ["application/json", "multipart/form-data"] });
