import type { ProgressStatus } from "@/lib/server/classes/progress-status";

const STYLE: Record<ProgressStatus, string> = {
  "not started": "bg-stone-100 text-stone-700",
  "on track": "bg-green-100 text-green-800",
  behind: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status }: { status: ProgressStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>{status}</span>;
}
