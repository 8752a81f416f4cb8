import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { saveNote } from "@/lib/server/notes/save-note";
import { saveNoteSchema } from "@/lib/validation/notes";

/** Save a word, idiom, phrase or sentence: 201 with the new note and its cards, 200 with the existing one. */
export const POST = authedRoute(async (req, { user }) => {
  const body = await readJson(req, saveNoteSchema, 20_000);
  const { created, ...saved } = await saveNote({ userId: user.id, ...body, now: new Date() });
  return NextResponse.json(saved, { status: created ? 201 : 200 });
});
