const LEVELS = ["1", "2", "3", "4", "5", "6", "7", "none"] as const;
// Easy → hard: green through red; words outside HSK in grey.
const COLOURS: Record<(typeof LEVELS)[number], string> = {
  "1": "bg-emerald-400",
  "2": "bg-lime-400",
  "3": "bg-yellow-400",
  "4": "bg-amber-500",
  "5": "bg-orange-500",
  "6": "bg-red-500",
  "7": "bg-rose-700",
  none: "bg-stone-300",
};
const label = (level: string) => (level === "none" ? "not in HSK" : level === "7" ? "HSK 7–9" : `HSK ${level}`);

/** Distinct words per HSK 3.0 level, as one stacked bar. */
export function HskBar({ profile }: { profile: Record<string, number> }) {
  const total = LEVELS.reduce((sum, l) => sum + (profile[l] ?? 0), 0);
  if (!total) return null;
  const summary = LEVELS.filter((l) => profile[l]).map((l) => `${label(l)}: ${profile[l]}`).join(", ");
  return (
    <div>
      <div className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-100" role="img" aria-label={`Vocabulary by level — ${summary}`}>
        {LEVELS.map((l) =>
          profile[l] ? <span key={l} className={COLOURS[l]} style={{ width: `${(profile[l] / total) * 100}%` }} title={`${label(l)}: ${profile[l]}`} /> : null,
        )}
      </div>
      <div className="mt-1 flex justify-between text-xs text-stone-500" aria-hidden>
        <span>HSK 1</span>
        <span>7–9 · other</span>
      </div>
    </div>
  );
}
