import type { TaughtClass } from "@/lib/server/classes/get-taught-class";
import { RemoveMemberButton } from "@/components/classes/remove-member-button";

export function MemberList({ classId, members }: { classId: string; members: TaughtClass["members"] }) {
  if (!members.length) return <p className="text-sm text-stone-600">Nobody has joined yet.</p>;
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {members.map((m) => (
        <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div className="min-w-0">
            <p className="truncate font-medium">{m.name}</p>
            <p className="truncate text-sm text-stone-600">{m.email}</p>
          </div>
          <RemoveMemberButton classId={classId} memberId={m.userId} name={m.name} />
        </li>
      ))}
    </ul>
  );
}
