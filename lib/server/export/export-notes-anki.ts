import "server-only";
import { db } from "@/lib/server/db";
import { ankiField } from "@/lib/server/export/csv-fields";

export { ankiField };
export const ANKI_COLUMNS = ["Hanzi", "Pinyin", "Meaning", "Sentence", "Tags"] as const;

/** Anki separates tags by spaces, so a tag's own spaces become underscores. */
export function ankiTag(value: string): string {
  return value.trim().replace(/\s+/g, "_");
}

/** The user's notes as a tab-separated file Anki's "Import File" reads with its file headers. */
export async function exportNotesAnki(opts: { userId: string }): Promise<string> {
  const notes = await db.note.findMany({
    where: { userId: opts.userId },
    select: { text: true, pinyin: true, meaning: true, sentenceText: true, tags: true, kind: true, lesson: { select: { title: true } } },
    orderBy: { createdAt: "asc" },
  });
  const header = ["#separator:tab", "#html:false", `#columns:${ANKI_COLUMNS.join("\t")}`, `#tags column:${ANKI_COLUMNS.length}`];
  const rows = notes.map((n) => {
    const tags = [...n.tags, n.kind.toLowerCase(), ...(n.lesson ? [n.lesson.title] : [])].map(ankiTag).filter(Boolean);
    return [n.text, n.pinyin, n.meaning, n.sentenceText, [...new Set(tags)].join(" ")].map(ankiField).join("\t");
  });
  return [...header, ...rows].join("\n") + "\n";
}
