import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authedRoute, describeZodError } from "@/lib/server/auth/guard";
import { lookupWord } from "@/lib/dict/lookup";

const querySchema = z.object({
  text: z.string().trim().min(1, "text is required").max(40, "text is longer than 40 characters"),
  pinyin: z.string().max(200).optional(),
});

/** The full dictionary entry for the reader's popover: GET /api/dict/lookup?text=…&pinyin=… */
export const GET = authedRoute(async (req) => {
  const url = new URL(req.url);
  const parsed = querySchema.safeParse({ text: url.searchParams.get("text") ?? "", pinyin: url.searchParams.get("pinyin") ?? undefined });
  if (!parsed.success) throw new AppError("INVALID_INPUT", describeZodError(parsed.error));
  return NextResponse.json(lookupWord(parsed.data.text, parsed.data.pinyin || null), {
    headers: { "Cache-Control": "private, max-age=3600" },
  });
});
