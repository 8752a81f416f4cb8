import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { NotesSearchForm } from "@/components/notes/notes-search-form";
import { NotesList } from "@/components/notes/notes-list";
import { Pagination } from "@/components/notes/pagination";
import { requireUser } from "@/lib/server/auth/guard";
import { listNotes } from "@/lib/server/notes/list-notes";
import { listNoteLessons } from "@/lib/server/notes/list-note-lessons";
import { NOTES_SEARCH_MAX, notesQuerySchema, notesSearchProblem } from "@/lib/validation/notes-manage";

export const metadata: Metadata = { title: "Notes" };

export default async function NotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/notes");
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const rawQ = one(raw.q) ?? "";
  const problem = notesSearchProblem(rawQ);
  const query = notesQuerySchema.parse({ q: problem ? "" : rawQ, kind: one(raw.kind) || undefined, lesson: one(raw.lesson) || undefined, page: one(raw.page) ?? 1 });
  const [result, lessons] = await Promise.all([
    problem ? { notes: [], total: 0, page: 1, pageCount: 1 } : listNotes({ userId: user.id, query }),
    listNoteLessons({ userId: user.id }),
  ]);
  const filtered = !!(query.q || query.kind || query.lesson);
  const button = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100";
  return (
    <div>
      <PageHeader title="My notes" subtitle={`${result.total} ${filtered ? "matching" : "saved"} note${result.total === 1 ? "" : "s"}`}>
        <Link href="/notes/import" className={button}>
          Import CSV
        </Link>
        <a href="/api/notes/export" className={button} download>
          Export for Anki
        </a>
      </PageHeader>
      <NotesSearchForm q={problem ? [...rawQ].slice(0, NOTES_SEARCH_MAX).join("") : query.q} kind={query.kind} lesson={query.lesson} lessons={lessons} />
      {problem ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {problem}
        </p>
      ) : result.notes.length > 0 ? (
        <NotesList notes={result.notes} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">
          {filtered ? "No notes match this search." : "No notes yet. Save words while reading a lesson, or import a word list."}
        </p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={{ q: query.q, kind: query.kind, lesson: query.lesson }} />
    </div>
  );
}
