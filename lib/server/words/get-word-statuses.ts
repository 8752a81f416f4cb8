import "server-only";
import { db } from "@/lib/server/db";
import { studyDayStart } from "@/lib/srs/day-boundary";
import { DEFAULT_SETTINGS } from "@/lib/srs/settings";
import { normalReading, statusKey, wordStatus, type WordEvidence, type WordStatus } from "@/lib/srs/word-status";

// A study day is at most 25 hours long (DST), so a card last reviewed longer ago than that was
// certainly first reviewed before today began: its logs need not be read.
const LONGEST_DAY_MS = 25 * 3_600_000;

const DAY_MS = 86_400_000;
const SEPARATOR = "\u001f";

interface Row {
  text: string;
  /** The notes' reading ("" when unknown); null on an ignored word's row. */
  pinyin: string | null;
  ignored: boolean;
  /** Largest (days since last review) / stability among reviewed, unsuspended cards; null when none. */
  weakest: number | null;
  /** Earliest review of any of the text's cards (suspended too), or an earlier-than-today stand-in. */
  firstReview: Date | null;
}

/**
 * The learner's status (lib/srs/word-status.ts) for each of `texts`, from one query over their
 * notes, cards and ignored words (the settings row is read alongside). Texts they never saved
 * are "new"; callers pass only vocabulary (names, numbers, particles never get a status).
 * `readings` (text and pinyin as a lesson reads them) adds, under statusKey(text, pinyin), the
 * status of that reading wherever it differs from the text's: judged on the notes with that
 * reading (and those whose reading is unknown), "new" when the learner has notes only for other
 * readings (行 háng saved, 行 xíng met).
 *
 * The query returns one row per saved text and reading, not per card: FSRS retrievability depends on a card
 * only through elapsed days / stability and falls as that ratio grows (for any weights), so the
 * card with the largest ratio decides whether every card is at ≥ 0.9; lib/srs judges it with
 * the learner's own weights.
 */
export async function getWordStatuses(opts: {
  userId: string;
  texts: Iterable<string>;
  readings?: Iterable<{ text: string; pinyin: string | null }>;
  now: Date;
}): Promise<Map<string, WordStatus>> {
  const texts = [...new Set(opts.texts)];
  const result = new Map<string, WordStatus>(texts.map((t) => [t, "new"]));
  // One string instead of a text[] parameter: the driver encodes a thousand-element array far more
  // slowly than PostgreSQL splits a string (≈10 ms of CPU per call). No word contains U+001F.
  const list = texts.filter((t) => !t.includes(SEPARATOR)).join(SEPARATOR);
  if (!list) return result;
  const recent = new Date(opts.now.getTime() - LONGEST_DAY_MS);
  const [settings, rows] = await Promise.all([
    db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { weights: true, timeZone: true, dayStartHour: true } }),
    // firstReview only decides "first seen before today?": a card last reviewed before `recent`
    // settles that for its whole text, so the review logs are read only for texts whose every
    // card was last reviewed within the last 25 hours (new notes, typically), not per card.
    db.$queryRaw<Row[]>`
      WITH per_text AS (
        SELECT n.text, n.pinyin,
               max(extract(epoch FROM ${opts.now}::timestamptz - c."lastReview") / ${DAY_MS / 1000}::float8 / c.stability)
                 FILTER (WHERE NOT c.suspended AND c."lastReview" IS NOT NULL AND c.stability > 0) AS weakest,
               min(c."lastReview") AS "lastReviewMin"
        FROM "Note" n LEFT JOIN "Card" c ON c."noteId" = n.id
        WHERE n."userId" = ${opts.userId}::uuid AND n.kind IN ('WORD', 'IDIOM', 'PHRASE') AND n.text = ANY(string_to_array(${list}, chr(31)))
        GROUP BY n.text, n.pinyin
      )
      SELECT text, pinyin, false AS ignored, weakest,
             CASE WHEN "lastReviewMin" >= ${recent} THEN least("lastReviewMin", (
               SELECT min(l.review) FROM "Note" n2 JOIN "Card" c2 ON c2."noteId" = n2.id JOIN "ReviewLog" l ON l."cardId" = c2.id
               WHERE n2."userId" = ${opts.userId}::uuid AND n2.kind IN ('WORD', 'IDIOM', 'PHRASE') AND n2.text = per_text.text AND n2.pinyin = per_text.pinyin))
             ELSE "lastReviewMin" END AS "firstReview"
      FROM per_text
      UNION ALL
      SELECT i.text, NULL, true, NULL, NULL
      FROM "IgnoredWord" i
      WHERE i."userId" = ${opts.userId}::uuid AND i.text = ANY(string_to_array(${list}, chr(31)))`,
  ]);

  // Evidence per text (every reading together), and per text and reading ("" = reading unknown).
  const evidence = new Map<string, WordEvidence>();
  const byReading = new Map<string, Map<string, WordEvidence>>();
  for (const r of rows) {
    let e = evidence.get(r.text);
    if (!e) evidence.set(r.text, (e = { ignored: false, noteCount: 0, cards: [] }));
    if (r.ignored) {
      e.ignored = true;
      continue;
    }
    let readings = byReading.get(r.text);
    if (!readings) byReading.set(r.text, (readings = new Map()));
    const reading = normalReading(r.pinyin ?? "");
    let re = readings.get(reading);
    if (!re) readings.set(reading, (re = { ignored: false, noteCount: 0, cards: [] }));
    e.noteCount = re.noteCount = 1;
    // The weakest card, re-expressed at stability 1 (same ratio, same retrievability), carrying
    // the word's first review; without a reviewed, unsuspended card the word is learning anyway.
    if (r.weakest !== null) {
      const card = { stability: 1, lastReview: new Date(opts.now.getTime() - r.weakest * DAY_MS), suspended: false, firstReview: r.firstReview };
      e.cards.push(card);
      re.cards.push(card);
    }
  }
  const zone = settings?.timeZone ?? DEFAULT_SETTINGS.timeZone;
  const hour = settings?.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour;
  const dayStart = studyDayStart(opts.now, zone, hour);
  const weights = settings?.weights.length ? settings.weights : null;
  for (const [text, e] of evidence) result.set(text, wordStatus(e, opts.now, dayStart, weights));
  const judged = new Set<string>();
  for (const { text, pinyin } of opts.readings ?? []) {
    const readings = byReading.get(text);
    const key = pinyin ? statusKey(text, pinyin) : null;
    if (!readings || !key || judged.has(key) || result.get(text) === "ignored") continue;
    judged.add(key);
    const own = readings.get(normalReading(pinyin!));
    const unknown = readings.get("");
    const e: WordEvidence = {
      ignored: false,
      noteCount: (own?.noteCount ?? 0) + (unknown?.noteCount ?? 0),
      cards: [...(own?.cards ?? []), ...(unknown?.cards ?? [])],
    };
    const status = wordStatus(e, opts.now, dayStart, weights);
    if (status !== result.get(text)) result.set(key, status);
  }
  return result;
}
