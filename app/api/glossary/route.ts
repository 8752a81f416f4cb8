import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/auth/guard";
import { addGlossaryTerm, listGlossaryTerms } from "@/lib/server/lesson-edits/add-glossary-term";

/** The caller's own glossary terms. */
export const GET = authedRoute(async (_req, { user }) => NextResponse.json({ terms: await listGlossaryTerms({ userId: user.id }) }));

/** { term, pinyin, english, note?, kind? } → 201 { id, term, lessonsChanged, sentencesChanged }: applied to the caller's lessons. */
export const POST = authedRoute(async (req, { user }) => {
  const input = await readJson(req, z.unknown());
  return NextResponse.json(await addGlossaryTerm({ userId: user.id, input }), { status: 201 });
});
