import "server-only";
import { db } from "@/lib/server/db";
import { hsk3Level, hsk3LevelSizes } from "@/lib/dict/hsk";
import { derivedHskLevel } from "@/lib/srs/word-status";

export interface LearnerLevel {
  /** HSK 3.0 level used to pick words above it (0 = beginner: every word). */
  level: number;
  /** True when the learner chose it; false when derived from their notes and known words. */
  chosen: boolean;
}

/** The learner's chosen HSK 3.0 level, or the one their saved and "known" words show. */
export async function getLearnerLevel(opts: { userId: string }): Promise<LearnerLevel> {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { hskLevel: true } });
  if (user?.hskLevel) return { level: user.hskLevel, chosen: true };
  // One string rather than thousands of rows: the driver's per-row cost dominates otherwise.
  const [row] = await db.$queryRaw<{ texts: string | null }[]>`
    SELECT string_agg(text, chr(31)) AS texts FROM (
      SELECT text FROM "Note" WHERE "userId" = ${opts.userId}::uuid AND kind IN ('WORD', 'IDIOM', 'PHRASE')
      UNION
      SELECT text FROM "IgnoredWord" WHERE "userId" = ${opts.userId}::uuid AND reason = 'KNOWN'
    ) known`;
  const covered = new Map<number, number>();
  for (const text of row?.texts?.split("\u001f") ?? []) {
    const level = hsk3Level(text);
    if (level) covered.set(level, (covered.get(level) ?? 0) + 1);
  }
  return { level: derivedHskLevel(covered, hsk3LevelSizes()), chosen: false };
}

/** Sets (1–7) or clears (null: derive it again) the learner's level. */
export async function setHskLevel(opts: { userId: string; level: number | null }): Promise<void> {
  await db.user.update({ where: { id: opts.userId }, data: { hskLevel: opts.level } });
}
