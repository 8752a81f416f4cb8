/** "in 10 minutes", "later today at 18:30", "tomorrow", "in 3 days" (local time of the browser). */
export function formatNextDue(iso: string, now: Date): string {
  const due = new Date(iso);
  const ms = due.getTime() - now.getTime();
  if (ms <= 60_000) return "now";
  if (ms < 3_600_000) {
    const m = Math.round(ms / 60_000);
    return `in ${m} minute${m === 1 ? "" : "s"}`;
  }
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((day(due) - day(now)) / 86_400_000);
  if (days === 0) return `later today at ${due.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}
