import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { updateAccountName } from "@/lib/server/settings/update-account-name";

export const PATCH = authedRoute(async (req, { user }) => {
  const input = await readJson(req, z.unknown(), 10_000);
  return NextResponse.json(await updateAccountName({ userId: user.id, input }));
});
