import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { NOTES_PAGE_SIZE, notesSearchProblem, type NotesQuery } from "@/lib/validation/notes-manage";
import { AppError } from "@/lib/errors";
import { likePattern, tonelessPinyinSql, tonelessQuery } from "@/lib/server/notes/pinyin-search";

export interface NoteListCard {
  id: string;
  type: string;
  state: number;
  suspended: boolean;
  due: Date;
}

export interface NoteListItem {
  id: string;
  kind: string;
  text: string;
  pinyin: string;
  meaning: string;
  lesson: { id: string; title: string } | null;
  cards: NoteListCard[];
}

export interface NoteListPage {
  notes: NoteListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/** A user's notes, newest first, searched by hanzi, pinyin (with or without tones) or English. */
export async function listNotes(opts: { userId: string; query: NotesQuery; pageSize?: number }): Promise<NoteListPage> {
  const { q, kind, lesson, page } = opts.query;
  const problem = q ? notesSearchProblem(q) : null;
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const pageSize = opts.pageSize ?? NOTES_PAGE_SIZE;
  const conditions: Prisma.Sql[] = [Prisma.sql`n."userId" = ${opts.userId}::uuid`];
  if (kind) conditions.push(Prisma.sql`n."kind" = ${kind}::"NoteKind"`);
  if (lesson) conditions.push(Prisma.sql`n."lessonId" = ${lesson}::uuid`);
  if (q) {
    const like = likePattern(q);
    const matches = [Prisma.sql`n."text" ILIKE ${like}`, Prisma.sql`n."meaning" ILIKE ${like}`, Prisma.sql`n."pinyin" ILIKE ${like}`];
    const toneless = tonelessQuery(q);
    if (toneless) matches.push(Prisma.sql`${tonelessPinyinSql} LIKE ${likePattern(toneless)}`);
    conditions.push(Prisma.sql`(${Prisma.join(matches, " OR ")})`);
  }
  const where = Prisma.join(conditions, " AND ");
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT n."id" FROM "Note" n WHERE ${where}
      ORDER BY n."createdAt" DESC, n."id" LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Note" n WHERE ${where}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  const ids = rows.map((r) => r.id);
  const found = await db.note.findMany({
    where: { id: { in: ids }, userId: opts.userId },
    select: {
      id: true,
      kind: true,
      text: true,
      pinyin: true,
      meaning: true,
      lesson: { select: { id: true, title: true } },
      cards: { select: { id: true, type: true, state: true, suspended: true, due: true }, orderBy: { type: "asc" } },
    },
  });
  const byId = new Map(found.map((n) => [n.id, n]));
  return {
    notes: ids.map((id) => byId.get(id)).filter((n): n is NonNullable<typeof n> => !!n),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
