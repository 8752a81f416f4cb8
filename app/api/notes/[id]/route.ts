import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { AppError } from "@/lib/errors";
import { noteUpdateSchema } from "@/lib/validation/notes-manage";
import { getNote } from "@/lib/server/notes/get-note";
import { updateNote } from "@/lib/server/notes/update-note";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { isUuid } from "@/lib/server/notes/is-uuid";

function noteId(params: Record<string, string>): string {
  // A malformed id is just another id that does not exist.
  if (!isUuid(params.id)) throw new AppError("NOT_FOUND", "This note does not exist (or is not yours).");
  return params.id;
}

export const GET = authedRoute(async (_req, { user, params }) => {
  return NextResponse.json({ note: await getNote({ userId: user.id, noteId: noteId(params) }) });
});

export const PATCH = authedRoute(async (req, { user, params }) => {
  const id = noteId(params);
  const changes = await readJson(req, noteUpdateSchema);
  return NextResponse.json({ note: await updateNote({ userId: user.id, noteId: id, changes }) });
});

export const DELETE = authedRoute(async (_req, { user, params }) => {
  await deleteNote({ userId: user.id, noteId: noteId(params) });
  return NextResponse.json({ ok: true });
});
