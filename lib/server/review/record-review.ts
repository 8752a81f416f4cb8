import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionClaim } from "@/lib/server/auth/session";
import { db, sql } from "@/lib/server/db";
import { toCardState, toCardSummary, type CardStateRow, type CardSummary } from "@/lib/server/cards/card-row";
import { toSchedulingSettings, type UserSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import type { RatingValue } from "@/lib/srs/card-state";
import { nextStudyDayStart } from "@/lib/srs/day-boundary";
import { answerCard } from "@/lib/srs/scheduler";

export interface ReviewAnswer {
  /** The client's idempotency key. */
  id: string;
  cardId: string;
  rating: RatingValue;
  reviewedAt: Date;
  durationMs: number;
  /** Card.version the client saw in the queue. */
  cardVersion?: number;
}

export type AnswerStatus = "recorded" | "duplicate" | "stale" | "rejected";

export interface AnswerResult {
  id: string;
  status: AnswerStatus;
  message?: string;
  card?: CardSummary;
}

const MINUTE_MS = 60_000;
const MAX_AGE_MS = 30 * 86_400_000;
const MAX_DURATION_MS = 10 * MINUTE_MS;

const STALE = "This card was answered on another device after it was shown here, so this answer was not recorded.";

interface CurrentRow extends CardStateRow {
  id: string | null;
  noteId: string;
  version: number;
  suspended: boolean;
  duplicate: boolean;
  /** The user's settings row, read in the same round trip (null when the user has none). */
  settings: Parameters<typeof toSchedulingSettings>[0];
  /** The request's session row is live (true when no session was given to check). */
  live: boolean;
}

/**
 * Answers are applied in order, each atomically on its own; one bad answer never blocks the others.
 * With `session` (the answers route), each answer's first statement also checks that the session
 * row is live, and a dead one stops the request with UNAUTHENTICATED before that answer is read or
 * written (guard.ts sessionInQueryRoute).
 */
export async function recordReviews(opts: { userId: string; answers: ReviewAnswer[]; now: Date; session?: SessionClaim }): Promise<AnswerResult[]> {
  const results: AnswerResult[] = [];
  for (const answer of opts.answers) results.push(await recordOne(opts.userId, answer, opts.now, opts.session));
  return results;
}

function checkTime(answer: ReviewAnswer, now: Date): string | null {
  const at = answer.reviewedAt.getTime();
  if (Number.isNaN(at)) return "reviewedAt is not a valid time.";
  if (at > now.getTime() + MINUTE_MS) return "reviewedAt is in the future; check this device's clock.";
  if (at < now.getTime() - MAX_AGE_MS) return "reviewedAt is more than 30 days ago; answers that old are not accepted.";
  return null;
}

async function recordOne(userId: string, answer: ReviewAnswer, now: Date, session: SessionClaim | undefined): Promise<AnswerResult> {
  const { id } = answer;
  const timeError = checkTime(answer, now);
  if (timeError) return { id, status: "rejected", message: timeError };

  // One round trip: the session (live, the user's), the card (only if it is the user's), whether
  // this answer was already recorded, and the user's settings (read per answer: cheap by primary
  // key, and never out of date).
  const [current] = await sql<CurrentRow>(
    "answer_current",
    `SELECT c.id::text, c."noteId"::text, c.due, c.stability, c.difficulty, c."elapsedDays", c."scheduledDays",
           c."learningSteps", c.reps, c.lapses, c.state, c."lastReview", c.version, c.suspended,
           (EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."userId" = $1::uuid AND r."clientId" = $2::uuid)
             OR EXISTS (SELECT 1 FROM "UndoneAnswer" x WHERE x."userId" = $1::uuid AND x."clientId" = $2::uuid)) AS duplicate,
           (SELECT to_jsonb(s) FROM "SchedulingSettings" s WHERE s."userId" = $1::uuid) AS settings,
           ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM "UserSession" us JOIN "User" u ON u.id = us."userId"
             WHERE us.id = $4::uuid AND us."userId" = $1::uuid AND us."revokedAt" IS NULL AND us."expiresAt" > now())) AS live
    FROM (SELECT 1) AS one
    LEFT JOIN "Card" c ON c.id = $3::uuid AND c."userId" = $1::uuid`,
    [userId, id, answer.cardId, session?.sessionId ?? null],
  );
  if (!current.live) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (session) session.checked = true;
  if (current.duplicate) return { id, status: "duplicate", message: "This answer was already recorded." };
  if (!current.id) return { id, status: "rejected", message: "Card not found" };
  if (current.suspended) return { id, status: "rejected", message: "This card is suspended." };
  if (answer.cardVersion !== undefined ? answer.cardVersion !== current.version : current.lastReview !== null && answer.reviewedAt < current.lastReview) {
    return { id, status: "stale", message: STALE };
  }

  const settings: UserSchedulingSettings = toSchedulingSettings(current.settings);
  const { card, log } = answerCard(toCardState(current), answer.rating, answer.reviewedAt, settings);
  const buryUntil = nextStudyDayStart(answer.reviewedAt, settings.timeZone, settings.dayStartHour);
  const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(answer.durationMs)));
  try {
    // One statement, so one transaction: the optimistic update (0 rows if the version moved on),
    // the log (a unique violation on (userId, clientId) aborts the whole statement) and the
    // burying of the note's other new/review cards due today.
    const rows = await sql<{ version: number }>(
      "answer_record",
      `WITH upd AS (
        UPDATE "Card" SET due = $4::timestamptz, stability = $5::float8, difficulty = $6::float8,
          "elapsedDays" = $7::int, "scheduledDays" = $8::int, "learningSteps" = $9::int,
          reps = $10::int, lapses = $11::int, state = $12::int, "lastReview" = $13::timestamptz,
          version = version + 1
        WHERE id = $1::uuid AND "userId" = $2::uuid AND version = $3::int
        RETURNING id, "noteId", version
      ), ins AS (
        INSERT INTO "ReviewLog" ("clientId", "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays",
          "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousDue", "durationMs", "cardVersion")
        SELECT $14::uuid, $2::uuid, upd.id, $15::int, $16::int, $17::timestamptz, $18::float8,
          $19::float8, $20::int, $21::int, $22::int, $23::int,
          $24::timestamptz, $25::timestamptz, $26::int, upd.version
        FROM upd
        RETURNING id
      ), bury AS (
        UPDATE "Card" s SET "buriedUntil" = $27::timestamptz
        FROM upd
        WHERE s."noteId" = upd."noteId" AND s."userId" = $2::uuid AND s.id <> upd.id AND NOT s.suspended
          AND s.state IN (0, 2) AND s.due < $27::timestamptz
          AND (s."buriedUntil" IS NULL OR s."buriedUntil" < $27::timestamptz)
        RETURNING s.id
      )
      SELECT upd.version FROM upd`,
      [
        current.id, userId, current.version,
        card.due, card.stability, card.difficulty, card.elapsedDays, card.scheduledDays, card.learningSteps,
        card.reps, card.lapses, card.state, card.lastReview,
        id, log.rating, log.state, log.due, log.stability,
        log.difficulty, log.elapsedDays, log.lastElapsedDays, log.scheduledDays, log.learningSteps,
        log.review, log.previousDue, durationMs,
        buryUntil,
      ],
    );
    if (rows.length === 0) {
      // The same answer sent twice at once waits on the first one's row lock, then finds the version moved on.
      return (await wasRecorded(userId, id)) ? { id, status: "duplicate", message: "This answer was already recorded." } : { id, status: "stale", message: STALE };
    }
    return { id, status: "recorded", card: toCardSummary({ ...card, id: current.id, version: rows[0].version, suspended: false }) };
  } catch (e) {
    if (isUniqueViolation(e)) return { id, status: "duplicate", message: "This answer was already recorded." };
    throw e;
  }
}

async function wasRecorded(userId: string, clientId: string): Promise<boolean> {
  return (await db.reviewLog.count({ where: { userId, clientId } })) > 0;
}

// The same answer sent twice at once: the second insert hits the (userId, clientId) unique index.
function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const err = e as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { code?: string; kind?: string } } }; message?: string };
  if (err.code === "P2002" || err.code === "23505" || err.meta?.code === "23505") return true;
  const cause = err.meta?.driverAdapterError?.cause;
  if (cause?.code === "23505" || cause?.kind === "UniqueConstraintViolation") return true;
  return typeof err.message === "string" && /23505|unique constraint/i.test(err.message);
}
