import "server-only";
import { db } from "@/lib/server/db";
import { isId } from "@/lib/server/classes/class-errors";
import type { SentenceState } from "./sentence-state";

export interface LessonEditRow {
  id: string;
  kind: string;
  sentenceIndex: number;
  by: string;
  createdAt: Date;
  undoneAt: Date | null;
  beforeText: string;
  afterText: string;
}

/** A short "before → after" of what changed, for the history list. */
function summary(kind: string, s: SentenceState | undefined, t: SentenceState | undefined): [string, string] {
  if (!s || !t) return ["", ""];
  if (kind === "translation" || kind === "alignment") return [s.translation ?? "—", t.translation ?? "—"];
  if (kind === "text") return [s.text, t.text];
  const words = (x: SentenceState) => x.tokens.map((k) => `${k.text}${k.pinyin ? ` ${k.pinyin}` : ""}${k.gloss ? ` (${k.gloss})` : ""}`);
  const [a, b] = [words(s), words(t)];
  const changedA = a.filter((w) => !b.includes(w));
  const changedB = b.filter((w) => !a.includes(w));
  return [changedA.join(" · ") || "—", changedB.join(" · ") || "—"];
}

/** The lesson's edits, newest first; only its owner sees them (anyone else gets []). */
export async function listLessonEdits(opts: { userId: string; lessonId: string; take?: number }): Promise<LessonEditRow[]> {
  if (!isId(opts.lessonId)) return [];
  const edits = await db.lessonEdit.findMany({
    where: { lessonId: opts.lessonId, lesson: { ownerId: opts.userId } },
    orderBy: { seq: "desc" },
    take: opts.take ?? 50,
    select: { id: true, kind: true, sentenceIndex: true, createdAt: true, undoneAt: true, before: true, after: true, user: { select: { name: true } } },
  });
  return edits.map((e) => {
    const [beforeText, afterText] = summary(e.kind, (e.before as unknown as SentenceState[])[0], (e.after as unknown as SentenceState[])[0]);
    return { id: e.id, kind: e.kind, sentenceIndex: e.sentenceIndex, by: e.user.name, createdAt: e.createdAt, undoneAt: e.undoneAt, beforeText, afterText };
  });
}
