"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/lessons", label: "Lessons", icon: "课" },
  { href: "/review", label: "Review", icon: "复" },
  { href: "/notes", label: "Notes", icon: "词" },
  { href: "/classes", label: "Classes", icon: "班" },
  { href: "/stats", label: "Stats", icon: "统" },
];

/** Inline links on desktop; a thumb-reachable tab bar at the bottom of the screen on phones.
 * (No backdrop-filter on any ancestor: it would make this fixed bar position against the header.) */
export function NavLinks({ isTeacher }: { isTeacher: boolean }) {
  const pathname = usePathname();
  const active = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <>
      <nav aria-label="Main" className="hidden items-center gap-1 text-sm sm:flex">
        {LINKS.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            aria-current={active(l.href) ? "page" : undefined}
            className={`rounded-md px-3 py-2 ${active(l.href) ? "bg-brand-50 font-medium text-brand-700" : "text-stone-600 hover:bg-stone-100"}`}
          >
            {l.label}
            {l.href === "/classes" && isTeacher ? <span className="sr-only"> (teacher)</span> : null}
          </Link>
        ))}
      </nav>
      <nav
        aria-label="Main (mobile)"
        className="fixed inset-x-0 bottom-0 z-30 grid grid-cols-5 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden"
      >
        {LINKS.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            aria-current={active(l.href) ? "page" : undefined}
            className={`flex flex-col items-center gap-0.5 py-2 text-xs ${active(l.href) ? "text-brand-700" : "text-stone-500"}`}
          >
            <span className="font-han text-lg leading-none" aria-hidden>
              {l.icon}
            </span>
            {l.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
