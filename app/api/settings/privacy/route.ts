import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { setEmailVisibility } from "@/lib/server/settings/email-visibility";

const schema = z.object({ showEmailToTeachers: z.boolean({ error: "showEmailToTeachers must be true or false" }) });

/** { showEmailToTeachers } → the stored value. */
export const PATCH = authedRoute(async (req, { user }) => {
  const { showEmailToTeachers } = await readJson(req, schema, 10_000);
  return NextResponse.json(await setEmailVisibility({ userId: user.id, show: showEmailToTeachers }));
});
