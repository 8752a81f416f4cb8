import Link from "next/link";
import type { LessonListItem } from "@/lib/server/lessons/list-lessons";
import { HskBar } from "./hsk-bar";
import { WordStatusCounts } from "@/components/reader/word-status-counts";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function LessonListItemCard({ lesson }: { lesson: LessonListItem }) {
  const knownPct = lesson.wordCount ? Math.round((lesson.knownCount / lesson.wordCount) * 100) : 0;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link href={`/lessons/${lesson.id}`} className="font-han text-lg font-medium text-stone-900 hover:text-brand-700 hover:underline">
          {lesson.title}
        </Link>
        {lesson.dueAt ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
            Due {dateFormat.format(lesson.dueAt)}
            {lesson.className ? ` · ${lesson.className}` : ""}
          </span>
        ) : lesson.mine ? null : (
          <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600">Shared</span>
        )}
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {lesson.characterCount.toLocaleString("en-US")} characters · {lesson.sentenceCount} sentences · {lesson.wordCount} words
        {lesson.dateline ? <span className="font-han"> · {lesson.dateline}</span> : null}
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <HskBar profile={lesson.hskProfile} />
        <div>
          <div className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-100" aria-hidden>
            <span className="bg-brand-600" style={{ width: `${knownPct}%` }} />
          </div>
          <p className="mt-1 text-xs text-stone-500" data-known-share>
            You know {lesson.knownCount} of {lesson.wordCount} words ({knownPct}%)
          </p>
          <WordStatusCounts counts={lesson.counts} className="mt-0.5 text-[11px] text-stone-500" />
        </div>
      </div>
    </li>
  );
}
