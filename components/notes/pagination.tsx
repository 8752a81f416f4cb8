import Link from "next/link";

/** Previous / next links that keep the current search and filters. */
export function Pagination({ page, pageCount, params }: { page: number; pageCount: number; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
    if (p > 1) sp.set("page", String(p));
    const s = sp.toString();
    return s ? `/notes?${s}` : "/notes";
  };
  const link = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100";
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? <Link href={href(page - 1)} className={link}>← Previous</Link> : <span />}
      <span className="text-sm text-stone-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} className={link}>Next →</Link> : <span />}
    </nav>
  );
}
