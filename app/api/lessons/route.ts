import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/auth/guard";
import { importLesson } from "@/lib/server/lessons/import-lesson";
import { readImportBody } from "@/lib/server/lessons/read-import-body";

/** Import a transcript: JSON or multipart (see readImportBody) → 201 { id, title, sentenceCount, dropped: [{ line, reason }] }. */
export const POST = authedRoute(async (req, { user }) => {
  const body = await readImportBody(req);
  const lesson = await importLesson({ ownerId: user.id, role: user.role, ...body });
  return NextResponse.json(lesson, { status: 201 });
}, { accepts: ["application/json", "multipart/form-data"] });
