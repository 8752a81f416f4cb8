// The database side of `npm run lesson -- import FILE` (scripts/lesson.ts imports this module
// dynamically, so `--dry-run` never loads it). The owner is the account named by LESSON_OWNER
// (an e-mail), else the demo teacher.
import fs from "node:fs";
import { AppError } from "@/lib/errors";
import { decodeTranscriptBytes } from "@/lib/text/decode-input";
import { checkLessonInput } from "@/lib/text/lesson-text-problem";
import type { LessonDraft } from "@/lib/text/build-lesson";

const DEFAULT_OWNER = "teacher@demo.local";

export async function importLessonCli(
  draft: LessonDraft,
  opts: { sourceFile: string; owner?: string; visibility?: "PRIVATE" | "CLASSES"; english?: string | null },
): Promise<string> {
  const { loadDotEnv, prepareDatabase } = await import("@/scripts/db/prepare");
  loadDotEnv();
  const server = await prepareDatabase(() => {});
  process.env.DATABASE_URL = server.url;
  const { getDb } = await import("@/lib/server/db");
  const { storeLesson } = await import("./create-lesson");
  try {
    const email = (opts.owner ?? process.env.LESSON_OWNER ?? DEFAULT_OWNER).trim().toLowerCase();
    const owner = await getDb().user.findUnique({ where: { email }, select: { id: true } });
    if (!owner) throw new AppError("NOT_FOUND", `No account with the e-mail ${email}. Pass --owner <e-mail of an existing account> (or set LESSON_OWNER).`);
    const sourceText = checkLessonInput(decodeTranscriptBytes(fs.readFileSync(opts.sourceFile)));
    const stored = await storeLesson(owner.id, sourceText, draft, opts.visibility ?? "PRIVATE", opts.english);
    return `Saved lesson ${stored.id} "${stored.title}" (${stored.sentenceCount} sentences) for ${email}`;
  } finally {
    await getDb().$disconnect();
    await server.stop();
  }
}
