import "server-only";
import { db } from "@/lib/server/db";

/**
 * "I know this" (known) or "skip": the word is no longer new in any lesson nor suggested for
 * study. Only the learner's own row is written; marking again just updates the reason.
 */
export async function ignoreWord(opts: { userId: string; text: string; reason: "known" | "skip" }): Promise<void> {
  const reason = opts.reason === "known" ? "KNOWN" : "SKIP";
  await db.ignoredWord.upsert({
    where: { userId_text: { userId: opts.userId, text: opts.text } },
    create: { userId: opts.userId, text: opts.text, reason },
    update: { reason },
  });
}

/** Undoes ignoreWord; a word that was not ignored is left as it is. */
export async function unignoreWord(opts: { userId: string; text: string }): Promise<void> {
  await db.ignoredWord.deleteMany({ where: { userId: opts.userId, text: opts.text } });
}
