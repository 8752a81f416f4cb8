"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function ForecastChart({ days }: { days: { day: string; offset: number; count: number }[] }) {
  const data = days.map((d) => ({ ...d, label: d.offset === 0 ? "Today" : d.day.slice(5) }));
  return (
    <div className="h-56 w-full" data-chart="forecast">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => [v, "cards due"]} labelFormatter={(l) => String(l)} />
          <Bar dataKey="count" fill="#047857" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
