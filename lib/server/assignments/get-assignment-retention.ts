import "server-only";
import { db } from "@/lib/server/db";
import { memberAssignment, taughtAssignment } from "./assignment-access";
import { retentionFigures, type ItemFigures } from "./retention-query";

export interface StudentRetentionRow {
  userId: string;
  name: string;
  /** Only when the student lets their teachers see it (settings). */
  email: string | null;
  items: number;
  retained: number;
  /** retained / the assignment's item count; null when the assignment has no items. */
  share: number | null;
  reviews7d: number;
  overdue: number;
}

export interface AssignmentRetention {
  assignment: Awaited<ReturnType<typeof taughtAssignment>>;
  itemCount: number;
  students: StudentRetentionRow[];
  /** "Revisit in class": the items most often forgotten, and the least well retained. */
  hardest: ItemFigures[];
  weakest: ItemFigures[];
}

const REVISIT = 5;

/** The teacher's (or co-teacher's) figures for one assignment, one row per current member. */
export async function getAssignmentRetention(opts: { userId: string; assignmentId: string; now: Date }): Promise<AssignmentRetention> {
  const assignment = await taughtAssignment(opts);
  const [figures, itemCount, members] = await Promise.all([
    retentionFigures({ classId: assignment.classId, assignmentId: assignment.id, now: opts.now }),
    db.assignmentItem.count({ where: { assignmentId: assignment.id } }),
    db.membership.findMany({
      where: { classId: assignment.classId },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { user: { select: { id: true, name: true, email: true, showEmailToTeachers: true } } },
    }),
  ]);
  const byUser = new Map(figures.students.map((s) => [s.userId, s]));
  const students = members.map(({ user }) => {
    const f = byUser.get(user.id);
    const retained = f?.retained ?? 0;
    return {
      userId: user.id,
      name: user.name,
      email: user.showEmailToTeachers ? user.email : null,
      items: f?.items ?? 0,
      retained,
      share: itemCount ? retained / itemCount : null,
      reviews7d: f?.reviews7d ?? 0,
      overdue: f?.overdue ?? 0,
    };
  });
  const reviewed = figures.items.filter((i) => i.students > 0);
  const hardest = reviewed
    .filter((i) => i.againRate !== null && i.againRate > 0)
    .sort((a, b) => b.againRate! - a.againRate! || a.text.localeCompare(b.text))
    .slice(0, REVISIT);
  const weakest = reviewed
    .filter((i) => i.averageRetrievability !== null)
    .sort((a, b) => a.averageRetrievability! - b.averageRetrievability! || a.text.localeCompare(b.text))
    .slice(0, REVISIT);
  return { assignment, itemCount, students, hardest, weakest };
}

/** A student's own figures on one of their assignments (the same numbers their teacher sees). */
export async function getOwnAssignmentFigures(opts: { userId: string; assignmentId: string; now: Date }) {
  const assignment = await memberAssignment(opts);
  const [figures, itemCount] = await Promise.all([
    retentionFigures({ classId: assignment.classId, assignmentId: assignment.id, onlyUserId: opts.userId, now: opts.now, withItems: false }),
    db.assignmentItem.count({ where: { assignmentId: assignment.id } }),
  ]);
  const f = figures.students[0];
  const retained = f?.retained ?? 0;
  return {
    assignment,
    itemCount,
    items: f?.items ?? 0,
    retained,
    share: itemCount ? retained / itemCount : null,
    reviews7d: f?.reviews7d ?? 0,
    overdue: f?.overdue ?? 0,
  };
}

function csvCell(v: string | number | null): string {
  const s = v === null ? "" : String(v);
  // Quote anything with a separator, and neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function retentionCsv(r: AssignmentRetention): string {
  const header = ["student", "email", "items_received", "items_retained", "share_retained", "reviews_7d", "overdue_cards"];
  const lines = r.students.map((s) =>
    [s.name, s.email, s.items, s.retained, s.share === null ? null : s.share.toFixed(3), s.reviews7d, s.overdue].map(csvCell).join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
