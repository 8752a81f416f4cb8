import Link from "next/link";
import type { TaughtClassSummary } from "@/lib/server/classes/list-taught-classes";

export function TaughtClassList({ classes }: { classes: TaughtClassSummary[] }) {
  if (!classes.length) return <p className="text-stone-600">You do not teach a class yet. Create one below and share its join code.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id}>
          <Link href={`/classes/${c.id}`} className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
            <span className="block text-lg font-medium">{c.name}</span>
            <span className="mt-1 block text-sm text-stone-600">
              {c.memberCount} {c.memberCount === 1 ? "member" : "members"} · {c.assignmentCount} {c.assignmentCount === 1 ? "lesson" : "lessons"} assigned
            </span>
            <span className="mt-1 block text-sm text-stone-600">
              Join code <span className="font-mono tracking-wider text-stone-900">{c.joinCode}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
