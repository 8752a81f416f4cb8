import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { AppError } from "@/lib/errors";
import { cardActionSchema } from "@/lib/validation/notes-manage";
import { changeCard } from "@/lib/server/notes/change-card";
import { isUuid } from "@/lib/server/notes/is-uuid";

export const POST = authedRoute(async (req, { user, params }) => {
  if (!isUuid(params.id) || !isUuid(params.cardId)) throw new AppError("NOT_FOUND", "This card does not exist (or is not yours).");
  const { action } = await readJson(req, cardActionSchema);
  const card = await changeCard({ userId: user.id, noteId: params.id, cardId: params.cardId, action });
  return NextResponse.json({ card });
});
