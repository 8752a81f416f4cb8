import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/auth/session";

export default async function Home() {
  if (await currentUser()) redirect("/lessons");
  return (
    <div className="space-y-8 pt-6">
      <section className="space-y-4">
        <p className="font-han text-3xl text-brand-700">行稳致远</p>
        <h1 className="text-3xl font-semibold sm:text-4xl">Learn the Chinese of real news and diplomacy</h1>
        <p className="max-w-2xl text-lg text-stone-600">
          Paste a real transcript — a press conference, a speech, a news article — and read it with context-correct pinyin,
          English glosses, and the set phrases of Chinese diplomacy explained. Save what you need, and a spaced-repetition
          scheduler brings each card back just before you would forget it.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/signup" className="rounded-md bg-brand-700 px-5 py-3 font-medium text-white hover:bg-brand-600">
            Create a free account
          </Link>
          <Link href="/signin" className="rounded-md border border-stone-300 bg-white px-5 py-3 font-medium hover:bg-stone-100">
            Sign in
          </Link>
        </div>
      </section>
    </div>
  );
}
