import { NOTE_KINDS } from "@/lib/validation/notes-manage";

const KIND_LABELS: Record<string, string> = { WORD: "Words", IDIOM: "Idioms", PHRASE: "Phrases", SENTENCE: "Sentences" };

/** A plain GET form: search and filters live in the URL, so results can be bookmarked and shared. */
export function NotesSearchForm({ q, kind, lesson, lessons }: { q: string; kind?: string; lesson?: string; lessons: { id: string; title: string }[] }) {
  const select = "rounded-md border border-stone-300 bg-white px-2 py-2 text-sm";
  return (
    <form method="get" action="/notes" role="search" className="mb-4 flex flex-wrap gap-2">
      <label className="sr-only" htmlFor="notes-q">
        Search notes
      </label>
      <input
        id="notes-q"
        name="q"
        type="search"
        defaultValue={q}
        placeholder="Hanzi, pinyin (tones optional) or English"
        className="min-w-0 flex-1 basis-full rounded-md border border-stone-300 px-3 py-2 text-base sm:basis-64"
      />
      <label className="sr-only" htmlFor="notes-kind">
        Kind
      </label>
      <select id="notes-kind" name="kind" defaultValue={kind ?? ""} className={select}>
        <option value="">All kinds</option>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      {lessons.length > 0 ? (
        <>
          <label className="sr-only" htmlFor="notes-lesson">
            Lesson
          </label>
          <select id="notes-lesson" name="lesson" defaultValue={lesson ?? ""} className={`${select} max-w-[12rem]`}>
            <option value="">All lessons</option>
            {lessons.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600">
        Search
      </button>
    </form>
  );
}
