import type { AssignmentRetention } from "@/lib/server/assignments/get-assignment-retention";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/** One row per student: what they retain of the assigned items today, and how they keep it up. */
export function RetentionTable({ r }: { r: AssignmentRetention }) {
  if (!r.students.length) return <p className="text-sm text-stone-600">No students in this class yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="retention-table">
        <thead className="text-xs uppercase text-stone-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Student</th>
            <th className="py-2 pr-3 font-medium">Retained today</th>
            <th className="py-2 pr-3 font-medium">Received</th>
            <th className="py-2 pr-3 font-medium">Reviews (7 days)</th>
            <th className="py-2 pr-3 font-medium">Overdue cards</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {r.students.map((s) => (
            <tr key={s.userId}>
              <td className="py-2 pr-3">
                {s.name}
                {s.email ? <span className="block text-xs text-stone-500">{s.email}</span> : null}
              </td>
              <td className="py-2 pr-3" data-testid="retained-share">
                {pct(s.share)} <span className="text-xs text-stone-500">({s.retained}/{r.itemCount})</span>
              </td>
              <td className="py-2 pr-3">{s.items}</td>
              <td className="py-2 pr-3">{s.reviews7d}</td>
              <td className="py-2 pr-3">{s.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Revisit in class": the items the class forgets most, and those it retains least. */
export function RevisitList({ r }: { r: AssignmentRetention }) {
  if (!r.hardest.length && !r.weakest.length) return <p className="text-sm text-stone-600">Nothing to revisit yet: no student has reviewed these items.</p>;
  const list = (title: string, items: AssignmentRetention["hardest"], figure: (i: AssignmentRetention["hardest"][number]) => string, testId: string) => (
    <div>
      <h3 className="text-sm font-medium text-stone-700">{title}</h3>
      <ol className="mt-1 space-y-1 text-sm" data-testid={testId}>
        {items.map((i) => (
          <li key={i.itemId}>
            <span className="font-han text-base">{i.text}</span> <span className="text-stone-500">{i.pinyin}</span> · {figure(i)}
            <span className="block text-xs text-stone-500">{i.meaning}</span>
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {list("Forgotten most often", r.hardest, (i) => `again ${pct(i.againRate)} of reviews`, "hardest-items")}
      {list("Lowest average recall today", r.weakest, (i) => `recall ${pct(i.averageRetrievability)} (${i.students} students)`, "weakest-items")}
    </div>
  );
}
