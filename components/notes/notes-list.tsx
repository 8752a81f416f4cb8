import Link from "next/link";
import type { NoteListItem } from "@/lib/server/notes/list-notes";
import { CardStateBadge } from "@/components/notes/card-state";

export function NotesList({ notes }: { notes: NoteListItem[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {notes.map((n) => (
        <li key={n.id}>
          <Link href={`/notes/${n.id}`} className="block px-4 py-3 hover:bg-stone-50" data-note-text={n.text}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-han text-xl">{n.text}</span>
              <span className="text-stone-600">{n.pinyin}</span>
              <span className="rounded bg-stone-100 px-1.5 text-xs uppercase tracking-wide text-stone-500">{n.kind.toLowerCase()}</span>
            </div>
            <p className="mt-0.5 line-clamp-2 text-sm text-stone-700">{n.meaning || <span className="italic text-stone-400">no meaning yet</span>}</p>
            {n.lesson ? <p className="mt-0.5 truncate text-xs text-stone-500">from {n.lesson.title}</p> : null}
            {n.cards.length > 0 ? (
              <div className="mt-1.5 flex flex-wrap gap-1">
                {n.cards.map((c) => (
                  <CardStateBadge key={c.id} card={c} />
                ))}
              </div>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
