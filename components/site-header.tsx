import Link from "next/link";
import { currentUser } from "@/lib/server/auth/session";
import { NavLinks } from "@/components/nav-links";
import { AccountMenu } from "@/components/account-menu";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-4 px-4">
        <Link href={user ? "/lessons" : "/"} className="flex items-center gap-2 font-semibold text-brand-700">
          <span className="font-han text-xl" aria-hidden>
            新闻
          </span>
          <span className="text-sm sm:text-base">News Cards</span>
        </Link>
        {user ? (
          <>
            <NavLinks isTeacher={user.role !== "LEARNER"} />
            <div className="ml-auto">
              <AccountMenu name={user.name} email={user.email} role={user.role} />
            </div>
          </>
        ) : (
          <nav className="ml-auto flex items-center gap-2 text-sm">
            <Link href="/signin" className="rounded-md px-3 py-2 hover:bg-stone-100">
              Sign in
            </Link>
            <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-600">
              Sign up
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
