import "server-only";
import { db } from "@/lib/server/db";
import { studyDayStart } from "@/lib/srs/day-boundary";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";
import { wordStatus, type StatusCard, type WordEvidence, type WordStatus } from "@/lib/srs/word-status";

// A study day is at most 25 hours long (DST), so a card last reviewed longer ago than that was
// certainly first reviewed before today began: its logs need not be read.
const LONGEST_DAY_MS = 25 * 3_600_000;

interface Row {
  text: string;
  ignored: boolean;
  noteId: string | null;
  stability: number | null;
  lastReview: Date | null;
  suspended: boolean | null;
  firstReview: Date | null;
}

/**
 * The learner's status (lib/srs/word-status.ts) for each of `texts`, from one query over their
 * notes, cards and ignored words (the settings row is read alongside). Texts they never saved
 * are "new"; callers pass only vocabulary (names, numbers, particles never get a status).
 */
export async function getWordStatuses(opts: { userId: string; texts: Iterable<string>; now: Date }): Promise<Map<string, WordStatus>> {
  const texts = [...new Set(opts.texts)];
  const result = new Map<string, WordStatus>(texts.map((t) => [t, "new"]));
  if (!texts.length) return result;
  const recent = new Date(opts.now.getTime() - LONGEST_DAY_MS);
  const [settings, rows] = await Promise.all([
    db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { weights: true, timeZone: true, dayStartHour: true } }),
    db.$queryRaw<Row[]>`
      SELECT n.text, false AS ignored, n.id AS "noteId", c.stability, c."lastReview", c.suspended,
             CASE WHEN c."lastReview" >= ${recent} THEN (SELECT min(l.review) FROM "ReviewLog" l WHERE l."cardId" = c.id) END AS "firstReview"
      FROM "Note" n LEFT JOIN "Card" c ON c."noteId" = n.id
      WHERE n."userId" = ${opts.userId}::uuid AND n.kind IN ('WORD', 'IDIOM', 'PHRASE') AND n.text = ANY(${texts}::text[])
      UNION ALL
      SELECT i.text, true, NULL, NULL, NULL, NULL, NULL
      FROM "IgnoredWord" i
      WHERE i."userId" = ${opts.userId}::uuid AND i.text = ANY(${texts}::text[])`,
  ]);

  const evidence = new Map<string, WordEvidence & { notes: Set<string> }>();
  for (const r of rows) {
    let e = evidence.get(r.text);
    if (!e) evidence.set(r.text, (e = { ignored: false, noteCount: 0, cards: [], notes: new Set() }));
    if (r.ignored) e.ignored = true;
    if (r.noteId) e.notes.add(r.noteId);
    if (r.stability !== null) {
      const card: StatusCard = { stability: r.stability, lastReview: r.lastReview, suspended: !!r.suspended, firstReview: r.firstReview };
      e.cards.push(card);
    }
  }
  const zone = settings?.timeZone ?? DEFAULT_SETTINGS.timeZone;
  const hour = settings?.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour;
  const dayStart = studyDayStart(opts.now, zone, hour);
  const weights = settings?.weights.length ? settings.weights : null;
  for (const [text, e] of evidence) {
    result.set(text, wordStatus({ ...e, noteCount: e.notes.size }, opts.now, dayStart, weights));
  }
  return result;
}
