import { NextResponse } from "next/server";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { suspendCard } from "@/lib/server/cards/suspend-card";
import { suspendCardSchema } from "@/lib/validation/review";

export const POST = authedRoute(async (req, { user }) => {
  const { cardId, suspended } = await readJson(req, suspendCardSchema);
  return NextResponse.json({ card: await suspendCard({ userId: user.id, cardId, suspended }) });
});
