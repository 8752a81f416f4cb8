// Word-status part of `npm run bench:import -- --db`: a 15,000-character lesson and a learner with
// 5,000 word notes (4 cards each, 3 review logs per card), then the reader's status work, warm.
import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "@/lib/dict/data-files";
import { seedVariantText } from "./seed-text";

const NOTES = 5_000;
const LESSON_CHARS = 15_000;

function hskWords(): string[] {
  const words: string[] = [];
  for (let level = 1; level <= 7; level++) {
    const records = JSON.parse(fs.readFileSync(path.join(dictDataDir(), "hsk", "new", `${level}.json`), "utf8")) as { s: string }[];
    for (const r of records) words.push(r.s);
  }
  return words;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p99: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))] };
}

export async function benchWordStatus(seed: string, runs: number): Promise<void> {
  const { getDb } = await import("@/lib/server/db");
  const { createLesson } = await import("@/lib/server/lessons/create-lesson");
  const { getWordStatuses } = await import("@/lib/server/words/get-word-statuses");
  const { lessonVocabularyAndReadings } = await import("@/lib/server/words/lesson-vocabulary");
  const { getLessonWordView } = await import("@/lib/server/words/study-list");
  const { getLesson } = await import("@/lib/server/lessons/get-lesson");
  const db = getDb();

  const user = await db.user.create({ data: { email: "words@bench.local", name: "Words", settings: { create: {} } } });
  const text = seedVariantText(seed, LESSON_CHARS);
  const lesson = await createLesson({ ownerId: user.id, text });
  const { items, readings } = await lessonVocabularyAndReadings({ lessonId: lesson.id });
  const vocabulary = items.map((v) => v.text);
  // The lesson's words first (so statuses have notes to read, each with the reading it first has in
  // the lesson, so words read two ways get a status per reading), then HSK words up to 5,000 notes.
  const texts = [...new Set([...vocabulary, ...hskWords()])].slice(0, NOTES);
  const pinyin = new Map(items.map((v) => [v.text, v.pinyin]));
  await db.$executeRaw`
    INSERT INTO "Note" ("userId", kind, text, pinyin, "updatedAt")
    SELECT ${user.id}::uuid, 'WORD', t, p, now() FROM unnest(${texts}::text[], ${texts.map((t) => pinyin.get(t) ?? "")}::text[]) AS x(t, p)`;
  // Reviewed within the last 10 days, so about one card in ten needs its logs read ("first seen today?").
  await db.$executeRaw`
    INSERT INTO "Card" ("noteId", "userId", type, due, stability, state, reps, "lastReview")
    SELECT n.id, n."userId", ct, now() + interval '3 days', 1 + random() * 60, 2, 3, now() - random() * interval '10 days'
    FROM "Note" n CROSS JOIN unnest(ARRAY['RECOGNITION', 'RECALL', 'LISTENING', 'CLOZE']::"CardType"[]) AS ct
    WHERE n."userId" = ${user.id}::uuid`;
  await db.$executeRaw`
    INSERT INTO "ReviewLog" ("clientId", "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays",
                             "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousDue", "cardVersion")
    SELECT gen_random_uuid(), c."userId", c.id, 3, 2, c.due, 1, 5, 0, 0, 0, 0, c."lastReview" - k * interval '5 days', c.due, k
    FROM "Card" c CROSS JOIN generate_series(0, 2) AS k WHERE c."userId" = ${user.id}::uuid`;
  await db.$executeRawUnsafe(`ANALYZE "Note"; ANALYZE "Card"; ANALYZE "ReviewLog"`);

  const counts = await db.$queryRaw<{ notes: bigint; cards: bigint; logs: bigint }[]>`
    SELECT (SELECT count(*) FROM "Note" WHERE "userId" = ${user.id}::uuid) AS notes,
           (SELECT count(*) FROM "Card" WHERE "userId" = ${user.id}::uuid) AS cards,
           (SELECT count(*) FROM "ReviewLog" WHERE "userId" = ${user.id}::uuid) AS logs`;
  const now = new Date();
  const status = await measure(runs, () => getWordStatuses({ userId: user.id, texts: vocabulary, readings, now }));
  const twoWays = new Set(readings.map((r) => r.text)).size;
  // As the lesson page calls it: the page has already loaded every sentence to render them.
  const { sentences } = (await getLesson({ userId: user.id, lessonId: lesson.id }))!;
  const view = await measure(runs, () => getLessonWordView({ userId: user.id, lessonId: lesson.id, now, allSentences: sentences }));
  const page = await measure(runs, async () => {
    const read = await getLesson({ userId: user.id, lessonId: lesson.id });
    return getLessonWordView({ userId: user.id, lessonId: lesson.id, now, allSentences: read!.sentences });
  });
  const c = counts[0];
  console.log(
    `Word status: lesson of ${text.length} chars (${vocabulary.length} distinct words, ${readings.length - twoWays} more readings of them), learner with ${c.notes} notes / ${c.cards} cards / ${c.logs} logs`,
  );
  console.log(`  statuses of the lesson's words and readings (one query + settings row), median of ${runs}: ${ms(status.median)}, p99 ${ms(status.p99)} (target < 50 ms)`);
  console.log(`  the lesson page's word work (vocabulary, statuses, level, study list), median of ${runs}: ${ms(view.median)}, p99 ${ms(view.p99)}`);
  console.log(`  with loading the lesson's sentences (getLesson) first, median of ${runs}: ${ms(page.median)}, p99 ${ms(page.p99)}`);
}
