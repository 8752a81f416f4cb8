import Link from "next/link";

/** "Page 3 of 40" with previous/next links; pages are server-rendered, so this is plain links. */
export function LessonPager({ lessonId, page, pageCount, label }: { lessonId: string; page: number; pageCount: number; label: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/lessons/${lessonId}?page=${p + 1}`;
  const link = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50";
  return (
    <nav aria-label={label} className="my-4 flex items-center justify-between gap-3 text-sm text-stone-600">
      {page > 0 ? (
        <Link prefetch={false} href={href(page - 1)} rel="prev" className={link}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span data-page={page + 1} data-pages={pageCount}>
        Page {page + 1} of {pageCount}
      </span>
      {page + 1 < pageCount ? (
        <Link prefetch={false} href={href(page + 1)} rel="next" className={link}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
