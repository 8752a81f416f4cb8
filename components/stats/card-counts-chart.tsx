"use client";
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CardCounts } from "@/lib/server/stats/get-card-counts";

const BARS = [
  { key: "new", label: "New", color: "#0284c7" },
  { key: "learning", label: "Learning", color: "#d97706" },
  { key: "review", label: "Review", color: "#047857" },
  { key: "relearning", label: "Relearning", color: "#e11d48" },
  { key: "suspended", label: "Suspended", color: "#78716c" },
] as const;

export function CardCountsChart({ counts }: { counts: CardCounts }) {
  const data = BARS.map((b) => ({ label: b.label, count: counts[b.key], color: b.color }));
  return (
    <div className="h-52 w-full" data-chart="card-counts">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={80} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => [v, "cards"]} />
          <Bar dataKey="count" isAnimationActive={false} radius={[0, 3, 3, 0]}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
