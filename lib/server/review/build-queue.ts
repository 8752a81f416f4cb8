import "server-only";
import { sql } from "@/lib/server/db";
import { toCardState, toSrsCardType, toSrsNoteKind, toDbCardType, type CardStateRow } from "@/lib/server/cards/card-row";
import { getSchedulingSettings, type UserSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import type { CardState } from "@/lib/srs/card-state";
import { buildDailyQueue, type QueueCandidate } from "@/lib/srs/build-queue";
import { CARD_TYPES, renderCardFaces, type CardFace, type CardType } from "@/lib/srs/card-types";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import { previewIntervals } from "@/lib/srs/scheduler";

export interface QueueInterval {
  label: string;
  due: string;
}

export interface QueueIntervals {
  again: QueueInterval;
  hard: QueueInterval;
  good: QueueInterval;
  easy: QueueInterval;
}

/**
 * How many cards of a queue come with their four intervals previewed (ts-fsrs, ~20–40 µs a card:
 * most of a heavy learner's queue time when all ~300 cards had them). The screen shows one card at
 * a time and previews the others itself from the pack's card states (lib/offline/local-schedule.ts).
 */
export const PREVIEWED_CARDS = 20;

export interface QueueCard {
  id: string;
  type: CardType;
  noteId: string;
  front: CardFace;
  back: CardFace;
  context: { sentence: string | null; lessonId: string | null; lessonTitle: string | null };
  /** The buttons' intervals, for the first PREVIEWED_CARDS cards and the first non-learning card; null for the rest. */
  intervals: QueueIntervals | null;
  version: number;
  /** 0 new, 1 learning, 2 review, 3 relearning: which count the card belongs to. */
  state: number;
  /** Learning cards come back when due; the screen needs it to order them. */
  due: string;
}

export interface ReviewQueue {
  counts: { new: number; learning: number; review: number };
  cards: QueueCard[];
  /** When a learning card left out of this queue (due later today) comes back; null if none. */
  nextLearningDue: string | null;
  /** When the next card of any kind is due after this queue is done; null if the user has no cards. */
  nextDue: string | null;
}

interface CandidateRow extends CardStateRow {
  id: string;
  noteId: string;
  type: string;
  version: number;
  createdAt: Date;
  buried: boolean;
  kind: string;
  text: string;
  pinyin: string;
  meaning: string;
  sentenceText: string | null;
  lessonId: string | null;
  lessonTitle: string | null;
  noteCreatedAt: Date;
}

interface TodayRow {
  newCount: number;
  reviewCount: number;
  noteIds: string[];
  laterDue: Date | null;
}

// The hot path of the app, bounded for heavy users (tens of thousands of cards): it reads only as
// many cards as the day can show, never every card of the user.
// - Learning and relearning cards due today, all (never capped), through the partial index
//   Card(userId, due) WHERE NOT suspended AND state <> 0.
// - Review cards due today through the same index, one per note (the sibling rule: a note's
//   earliest-due card), notes with a learning card or a card answered today left out, the
//   earliest `reviewsLeft` of them (with ties, plus one to tell "more"). Notes are joined only for
//   those.
// - New cards one per note (the first unburied new card in CARD_TYPES order) through the partial
//   index Note(userId, createdAt) WHERE "newTypes" <> '{}' (Note.newTypes, kept by triggers on
//   Card, lists the types of the note's unsuspended new cards), in save order, so notes already
//   studied are never probed; every note taken above left out, LIMIT by the daily new-card
//   allowance (plus one).
// lib/srs/build-queue.ts then makes the same choices it always did on these candidates.
const CANDIDATE_COLUMNS = `
  c.id::text, c."noteId"::text, c.type::text, c.due, c.stability, c.difficulty, c."elapsedDays",
  c."scheduledDays", c."learningSteps", c.reps, c.lapses, c.state, c."lastReview", c.version, c."createdAt",
  false AS buried, n.kind::text, n.text, n.pinyin, n.meaning, n."sentenceText", n."lessonId"::text,
  l.title AS "lessonTitle", n."createdAt" AS "noteCreatedAt"`;

/** Enabled types in CARD_TYPES order: a note's first card of a kind is the lowest position here. */
const rankedTypes = (enabled: string[]) => CARD_TYPES.map(toDbCardType).filter((t) => enabled.includes(t));

// The queue's queries go through pg directly (lib/server/db.ts sql): no query engine between, and
// ~300 rows for a heavy learner decoded by pg alone. All are prepared statements, planned once
// per connection: planning the review/new statement took 0.5 ms of an ordinary user's 0.8 ms, and
// its generic plan is the custom plan (heavy learner and ordinary user, EXPLAIN ANALYZE) now that
// the card types are constants in its text (cardTypeArray; one statement per set of enabled types).
/**
 * What was done today and the learning cards due today, in one round trip: one row per learning
 * card (none: one row with the candidate columns null), today's figures on each, today's notes
 * only on the first (a heavy learner's list would otherwise be decoded once per learning card).
 * Learning cards come through their own partial index (Card_userId_due_learning_idx).
 */
async function loadTodayAndLearning(userId: string, now: Date, dayStart: Date, dayEnd: Date, enabled: string[]) {
  const rows = await sql<TodayRow & { first: boolean } & { [K in keyof CandidateRow]: CandidateRow[K] | null }>(
    "queue_today_learning",
    `WITH today AS (
      SELECT count(*) FILTER (WHERE r.state = 0)::int AS "newCount",
             count(*) FILTER (WHERE r.state = 2)::int AS "reviewCount",
             COALESCE(array_agg(DISTINCT c."noteId"::text), '{}') AS "noteIds",
             (SELECT min(d.due) FROM "Card" d
               WHERE d."userId" = $1::uuid AND NOT d.suspended AND d.state <> 0 AND d.due >= $3::timestamptz) AS "laterDue"
      FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
      WHERE r."userId" = $1::uuid AND r.review >= $2::timestamptz
    )
    SELECT t."newCount", t."reviewCount", t."laterDue", coalesce(lc.rn, 1) = 1 AS first,
           CASE WHEN coalesce(lc.rn, 1) = 1 THEN t."noteIds" END AS "noteIds", lc.*
    FROM today t
    LEFT JOIN LATERAL (
      SELECT row_number() OVER () AS rn, ${CANDIDATE_COLUMNS}
      FROM "Card" c JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "Lesson" l ON l.id = n."lessonId"
      WHERE c."userId" = $1::uuid AND NOT c.suspended AND c.due < $3::timestamptz
        AND c.state IN (1, 3) AND c.type::text = ANY($4::text[]) AND (c."buriedUntil" IS NULL OR c."buriedUntil" <= $5::timestamptz)
    ) lc ON true`,
    [userId, dayStart, dayEnd, enabled, now],
  );
  const first = rows.find((r) => r.first)!;
  const today: TodayRow = { newCount: first.newCount, reviewCount: first.reviewCount, noteIds: first.noteIds, laterDue: first.laterDue };
  const learning = rows.filter((r) => r.id !== null) as unknown as CandidateRow[];
  return { today, learning };
}

/**
 * The types as an array constant in the SQL text, not a parameter: the planner then estimates
 * `newTypes && …` from the column's statistics and walks the partial index in save order up to the
 * LIMIT. With a parameter (a text[] cast to "CardType"[] it cannot fold) it guesses 0.5 % of the
 * notes match and joins and sorts all of a heavy learner's notes instead (0.7 ms → 100 ms).
 * Only names from CARD_TYPES get here (rankedTypes), never user input.
 */
function cardTypeArray(types: string[]): string {
  const known = new Set<string>(CARD_TYPES.map(toDbCardType));
  if (!types.every((t) => known.has(t))) throw new Error(`unknown card type in ${types.join(",")}`);
  return `'{${types.join(",")}}'::"CardType"[]`;
}

/**
 * Review and new candidates in one round trip. Reviews: one per note (its earliest-due card), the
 * earliest `reviewLimit` (with ties). New cards: one per note, in save order, `newLimit` of them,
 * from notes not taken today and not among the first `reviewsLeft` reviews (in lib/srs's order),
 * which take those notes' place.
 * The reviews are chosen from the earliest due cards only, (reviewsLeft + 1) × the number of
 * enabled types of them (with ties), not from every card due: a note has at most one card per
 * type, so that many cards hold at least reviewsLeft + 1 notes, each with its earliest card (any
 * card due no later than the last one taken is among them). A heavy learner's ~1,600 review cards
 * due read as ~800.
 */
function loadReviewAndNewCandidates(opts: {
  userId: string;
  now: Date;
  dayEnd: Date;
  enabled: string[];
  taken: string[];
  reviewsLeft: number;
  newLimit: number;
}) {
  const ranked = rankedTypes(opts.enabled);
  return sql<CandidateRow>(
    `queue_rest:${ranked.join(",")}`,
    `WITH due_cards AS (
      SELECT k.*
      FROM "Card" k
      WHERE k."userId" = $1::uuid AND NOT k.suspended AND k.state <> 0 AND k.due < $2::timestamptz AND k.state = 2
        AND k.type = ANY(${cardTypeArray(ranked)}) AND (k."buriedUntil" IS NULL OR k."buriedUntil" <= $4::timestamptz)
        AND k."noteId" NOT IN (SELECT unnest($5::uuid[]))
      -- Taken notes through a hashed subplan: in the generic plan, = ANY($5) would scan the array for
      -- every card (a heavy learner with 600 notes answered today).
      -- The types as a constant here too: with type::text = ANY($3) the planner guessed 53 of ~1,600
      -- rows and read and sorted them all instead of walking the index in due order to the limit.
      ORDER BY k.due
      FETCH FIRST ($8::int) ROWS WITH TIES
    ), per_note AS (
      SELECT DISTINCT ON (k."noteId") k.*
      FROM due_cards k
      ORDER BY k."noteId", k.due, array_position($3::text[], k.type::text), k.id
    ), earliest AS (
      SELECT * FROM per_note ORDER BY due FETCH FIRST ($6::int + 1) ROWS WITH TIES
    ), reviews AS (
      SELECT row_number() OVER (ORDER BY c.due, n."createdAt", array_position($3::text[], c.type::text), c.id) AS pos,
        ${CANDIDATE_COLUMNS}
      FROM earliest c JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "Lesson" l ON l.id = n."lessonId"
    ), fresh AS (
      SELECT ${CANDIDATE_COLUMNS}
      FROM "Note" n
      JOIN LATERAL (
        SELECT * FROM "Card" k
        WHERE k."noteId" = n.id AND k.state = 0 AND NOT k.suspended AND k.type::text = ANY($3::text[])
          AND (k."buriedUntil" IS NULL OR k."buriedUntil" <= $4::timestamptz)
        ORDER BY array_position($3::text[], k.type::text), k."createdAt", k.id
        LIMIT 1) c ON true
      LEFT JOIN "Lesson" l ON l.id = n."lessonId"
      WHERE n."userId" = $1::uuid AND n."newTypes" <> '{}'::"CardType"[] AND n."newTypes" && ${cardTypeArray(ranked)}
        AND n.id NOT IN (SELECT unnest($5::uuid[]))
        AND n.id::text NOT IN (SELECT r."noteId" FROM reviews r WHERE r.pos <= $6::int)
      ORDER BY n."createdAt", n.id
      LIMIT $7::int
    )
    SELECT 0 AS part, * FROM reviews
    UNION ALL
    SELECT 1 AS part, 0 AS pos, * FROM fresh
    ORDER BY part, pos`,
    [opts.userId, opts.dayEnd, ranked, opts.now, opts.taken, opts.reviewsLeft, opts.newLimit, ranked.length * (opts.reviewsLeft + 1)],
  );
}

/** The cards the day's queue is chosen from: bounded by the day's limits, whatever the size of the collection. */
export async function loadQueueCandidates(opts: {
  userId: string;
  now: Date;
  dayStart: Date;
  dayEnd: Date;
  enabled: string[];
  limits: { newPerDay: number; reviewsPerDay: number };
}): Promise<{ today: TodayRow; rows: CandidateRow[] }> {
  const { userId, now, dayEnd, enabled, limits } = opts;
  const { today, learning } = await loadTodayAndLearning(userId, now, opts.dayStart, dayEnd, enabled);
  // Notes that give no new or review card today: answered today, or learning.
  const taken = [...new Set([...today.noteIds, ...learning.map((r) => r.noteId)])];
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - today.reviewCount);
  const newLeft = Math.max(0, limits.newPerDay - today.newCount);
  const rest = await loadReviewAndNewCandidates({ userId, now, dayEnd, enabled, taken, reviewsLeft, newLimit: newLeft + 1 });
  // lib/srs/build-queue.ts sorts the candidates itself; part and pos only served the SQL.
  return { today, rows: [...learning, ...rest] };
}

export async function buildQueueForUser(opts: { userId: string; now: Date }): Promise<ReviewQueue> {
  return (await buildQueueWithStates(opts)).queue;
}

/**
 * The queue plus what the review pack needs besides (get-review-pack.ts): the FSRS state of each
 * queued card, from the rows already read, and the settings the queue was built with.
 */
export async function buildQueueWithStates(opts: { userId: string; now: Date }): Promise<{
  queue: ReviewQueue;
  states: Record<string, CardState>;
  settings: UserSchedulingSettings;
}> {
  const { userId, now } = opts;
  const settings = await getSchedulingSettings({ userId });
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const enabled = settings.enabledCardTypes.map(toDbCardType);
  const { today, rows } = await loadQueueCandidates({ userId, now, dayStart, dayEnd, enabled, limits: settings });

  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates: QueueCandidate[] = rows
    .filter((r) => !r.buried)
    .map((r) => ({
      id: r.id,
      noteId: r.noteId,
      type: toSrsCardType(r.type),
      state: toCardState(r).state,
      due: r.due,
      createdAt: r.createdAt,
      ordinal: r.noteCreatedAt.getTime(),
    }));
  const queue = buildDailyQueue({
    now,
    dayStart,
    dayEnd,
    cards: candidates,
    doneToday: { newCount: today.newCount, reviewCount: today.reviewCount },
    buriedNoteIds: new Set(today.noteIds),
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
  });

  // The first card the screen shows is the first due learning card, else the first other card.
  const firstOther = queue.cards.findIndex((c) => c.state !== 1 && c.state !== 3);
  const cards = queue.cards.map((c, i) => toQueueCard(byId.get(c.id)!, now, i < PREVIEWED_CARDS || i === firstOther ? settings : null));
  const states = Object.fromEntries(queue.cards.map((c) => [c.id, toCardState(byId.get(c.id)!)]));
  return {
    queue: {
      counts: queue.counts,
      cards,
      nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
      nextDue: nextDueAfter({ queueSize: cards.length, candidates: rows.length, nextLearningDue: queue.nextLearningDue, dayEnd, laterDue: today.laterDue }),
    },
    states,
    settings,
  };
}

// What the summary screen promises: a learning card later today, else tomorrow if anything was
// held back today (limits, burying), else the earliest future review.
function nextDueAfter(x: { queueSize: number; candidates: number; nextLearningDue: Date | null; dayEnd: Date; laterDue: Date | null }): string | null {
  if (x.nextLearningDue) return x.nextLearningDue.toISOString();
  if (x.candidates > x.queueSize) return x.dayEnd.toISOString();
  return x.laterDue ? x.laterDue.toISOString() : null;
}

function toQueueCard(row: CandidateRow, now: Date, settings: Parameters<typeof previewIntervals>[2] | null): QueueCard {
  const type = toSrsCardType(row.type);
  const note = {
    kind: toSrsNoteKind(row.kind),
    text: row.text,
    pinyin: row.pinyin,
    meaning: row.meaning,
    sentence: row.sentenceText ? { text: row.sentenceText } : null,
  };
  let faces;
  try {
    faces = renderCardFaces(note, type);
  } catch {
    // A note edited so its cloze no longer fits its sentence: show it as a recognition card rather than hide it.
    faces = renderCardFaces(note, "recognition");
  }
  const p = settings ? previewIntervals(toCardState(row), now, settings) : null;
  const interval = (i: { label: string; due: Date }) => ({ label: i.label, due: i.due.toISOString() });
  return {
    id: row.id,
    type,
    noteId: row.noteId,
    front: faces.front,
    back: faces.back,
    context: { sentence: row.sentenceText, lessonId: row.lessonId, lessonTitle: row.lessonTitle },
    intervals: p ? { again: interval(p.again), hard: interval(p.hard), good: interval(p.good), easy: interval(p.easy) } : null,
    version: row.version,
    state: row.state,
    due: row.due.toISOString(),
  };
}
