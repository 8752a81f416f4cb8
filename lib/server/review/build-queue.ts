import "server-only";
import { db } from "@/lib/server/db";
import { toCardState, toSrsCardType, toSrsNoteKind, toDbCardType, type CardStateRow } from "@/lib/server/cards/card-row";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import { buildDailyQueue, type QueueCandidate } from "@/lib/srs/build-queue";
import { renderCardFaces, type CardFace, type CardType } from "@/lib/srs/card-types";
import { nextStudyDayStart, studyDayStart } from "@/lib/srs/day-boundary";
import { previewIntervals } from "@/lib/srs/scheduler";

export interface QueueInterval {
  label: string;
  due: string;
}

export interface QueueCard {
  id: string;
  type: CardType;
  noteId: string;
  front: CardFace;
  back: CardFace;
  context: { sentence: string | null; lessonId: string | null; lessonTitle: string | null };
  intervals: { again: QueueInterval; hard: QueueInterval; good: QueueInterval; easy: QueueInterval };
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

// The hot path of the app. Two queries after the settings, both on indexes: today's logs via
// ReviewLog(userId, review), the candidates via Card(userId, due). New cards are all fetched:
// a note contributes one card a day, so which ones are picked depends on burying, done in JS.
function loadCandidates(userId: string, now: Date, dayEnd: Date, enabled: string[]) {
  return db.$queryRaw<CandidateRow[]>`
    SELECT c.id::text, c."noteId"::text, c.type::text, c.due, c.stability, c.difficulty, c."elapsedDays",
           c."scheduledDays", c."learningSteps", c.reps, c.lapses, c.state, c."lastReview", c.version, c."createdAt",
           (c."buriedUntil" IS NOT NULL AND c."buriedUntil" > ${now}) AS buried,
           n.kind::text, n.text, n.pinyin, n.meaning, n."sentenceText", n."lessonId"::text,
           l.title AS "lessonTitle", n."createdAt" AS "noteCreatedAt"
    FROM "Card" c
    JOIN "Note" n ON n.id = c."noteId"
    LEFT JOIN "Lesson" l ON l.id = n."lessonId"
    WHERE c."userId" = ${userId}::uuid AND NOT c.suspended AND (c.due < ${dayEnd} OR c.state = 0)
      AND c.type::text = ANY(${enabled}::text[])`;
}

function loadToday(userId: string, dayStart: Date, dayEnd: Date) {
  return db.$queryRaw<TodayRow[]>`
    SELECT count(*) FILTER (WHERE r.state = 0)::int AS "newCount",
           count(*) FILTER (WHERE r.state = 2)::int AS "reviewCount",
           COALESCE(array_agg(DISTINCT c."noteId"::text), '{}') AS "noteIds",
           (SELECT min(d.due) FROM "Card" d
             WHERE d."userId" = ${userId}::uuid AND NOT d.suspended AND d.state <> 0 AND d.due >= ${dayEnd}) AS "laterDue"
    FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
    WHERE r."userId" = ${userId}::uuid AND r.review >= ${dayStart}`;
}

export async function buildQueueForUser(opts: { userId: string; now: Date }): Promise<ReviewQueue> {
  const { userId, now } = opts;
  const settings = await getSchedulingSettings({ userId });
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const enabled = settings.enabledCardTypes.map(toDbCardType);
  const [rows, [today]] = await Promise.all([loadCandidates(userId, now, dayEnd, enabled), loadToday(userId, dayStart, dayEnd)]);

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
    doneToday: { newCount: today?.newCount ?? 0, reviewCount: today?.reviewCount ?? 0 },
    buriedNoteIds: new Set(today?.noteIds ?? []),
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
  });

  const cards = queue.cards.map((c) => toQueueCard(byId.get(c.id)!, now, settings));
  return {
    counts: queue.counts,
    cards,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    nextDue: nextDueAfter({ queueSize: cards.length, candidates: rows.length, nextLearningDue: queue.nextLearningDue, dayEnd, laterDue: today?.laterDue ?? null }),
  };
}

// What the summary screen promises: a learning card later today, else tomorrow if anything was
// held back today (limits, burying), else the earliest future review.
function nextDueAfter(x: { queueSize: number; candidates: number; nextLearningDue: Date | null; dayEnd: Date; laterDue: Date | null }): string | null {
  if (x.nextLearningDue) return x.nextLearningDue.toISOString();
  if (x.candidates > x.queueSize) return x.dayEnd.toISOString();
  return x.laterDue ? x.laterDue.toISOString() : null;
}

function toQueueCard(row: CandidateRow, now: Date, settings: Parameters<typeof previewIntervals>[2]): QueueCard {
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
  const p = previewIntervals(toCardState(row), now, settings);
  const interval = (i: { label: string; due: Date }) => ({ label: i.label, due: i.due.toISOString() });
  return {
    id: row.id,
    type,
    noteId: row.noteId,
    front: faces.front,
    back: faces.back,
    context: { sentence: row.sentenceText, lessonId: row.lessonId, lessonTitle: row.lessonTitle },
    intervals: { again: interval(p.again), hard: interval(p.hard), good: interval(p.good), easy: interval(p.easy) },
    version: row.version,
    state: row.state,
    due: row.due.toISOString(),
  };
}
