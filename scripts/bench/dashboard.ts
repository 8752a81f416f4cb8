// Retention dashboard benchmark: `npm run bench:dashboard`. In a scratch database on the app's
// PostgreSQL server: one class of 200 students, 5 assignments × 100 items, every student holding
// every item as a note with 2 cards, and 90 days of reviews (each card answered about every 12
// days: ~1.5 M review logs). The rows are loaded with triggers off, then the precomputed tables
// (ItemProgress, AssignmentProgress, LessonProgress) are filled by the migrations' own refresh
// functions, as their backfill does (loading 1.4 M logs through the triggers took over 20 minutes
// on a loaded machine). Then the whole class's figures (all 5 assignments: per student, per item),
// one assignment's teacher view and the class page's progress table are timed, warm median of 10,
// and answers by a class student (the triggers at work). BENCH_STUDENTS=N changes the class size.
// The database is dropped after (kept with --keep).
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);
const ASSIGNMENTS = 5;
const ITEMS = 100;
const DAYS = 90;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "10" }, keep: { type: "boolean", default: false }, reuse: { type: "string" } },
  });
  const runs = Number(values.runs);
  const { openDatabaseServer, withDatabase } = await import("../db/local-postgres");
  const { migrateDatabase } = await import("@/lib/server/db/migrate");
  const pg = (await import("pg")).default;
  const server = await openDatabaseServer(() => {});
  // --reuse NAME: time again on a database kept by an earlier --keep run (migrated, not rebuilt).
  const name = values.reuse ?? `bench_dashboard_${process.pid}`;
  const keep = values.keep || values.reuse !== undefined;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  if (!values.reuse) await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = withDatabase(server.adminUrl, name);
    await migrateDatabase(url, path.join(process.cwd(), "prisma", "migrations"));
    if (!values.reuse) {
      const c = new pg.Client({ connectionString: url });
      c.on("error", () => {}); // the scratch database is dropped WITH (FORCE) on failure
      await c.connect();
      const started = performance.now();
      await c.query(`SET session_replication_role = replica`); // no triggers while loading
      await c.query(`
        INSERT INTO "User"(id, email, name, role, "updatedAt") VALUES ('00000000-0000-4000-8000-000000000001', 'teacher@bench', 'Teacher', 'TEACHER', now());
        INSERT INTO "User"(id, email, name, "updatedAt")
          SELECT ('00000000-0000-4000-9000-' || lpad(s::text, 12, '0'))::uuid, 's' || s || '@bench', 'Student ' || s, now() FROM generate_series(1, ${STUDENTS}) s;
        INSERT INTO "Lesson"(id, "ownerId", title, "sourceText", "characterCount", "tokenCount", "hskProfile")
          VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Bench', '', 0, 0, '{}');
        INSERT INTO "Class"(id, "teacherId", name, "joinCode") VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'Bench class', 'BENCH234');
        INSERT INTO "Membership"("classId", "userId") SELECT '00000000-0000-4000-8000-000000000003', id FROM "User" WHERE role = 'LEARNER';
      `);
      // Five assignments of the same lesson need five classes' worth of unique keys: one lesson per assignment.
      for (let a = 1; a <= ASSIGNMENTS; a++) {
        await c.query(`
          INSERT INTO "Lesson"(id, "ownerId", title, "sourceText", "characterCount", "tokenCount", "hskProfile")
            VALUES ('00000000-0000-4000-8100-00000000000${a}', '00000000-0000-4000-8000-000000000001', 'Lesson ${a}', '', 0, 0, '{}');
          INSERT INTO "Assignment"(id, "classId", "lessonId", "dueAt")
            VALUES ('00000000-0000-4000-8200-00000000000${a}', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8100-00000000000${a}', now() + interval '7 days');
          INSERT INTO "AssignmentItem"("assignmentId", kind, text, pinyin, meaning)
            SELECT '00000000-0000-4000-8200-00000000000${a}', 'WORD', '词${a}_' || i, 'cí', 'word ' || i FROM generate_series(1, ${ITEMS}) i;
        `);
    }
    await c.query(`
      INSERT INTO "Note"(id, "userId", kind, text, pinyin, meaning, "lessonId", "updatedAt")
        SELECT gen_random_uuid(), m."userId", 'WORD', ai.text, ai.pinyin, ai.meaning, a."lessonId", now()
        FROM "Membership" m CROSS JOIN "AssignmentItem" ai JOIN "Assignment" a ON a.id = ai."assignmentId";
      INSERT INTO "Card"(id, "noteId", "userId", type, due, stability, difficulty, state, reps, lapses, "lastReview")
        SELECT gen_random_uuid(), n.id, n."userId", t.type::"CardType",
               now() + (random() * 40 - 10) * interval '1 day', 1 + random() * 60, 5, 2, 6, (random() * 3)::int,
               now() - random() * 20 * interval '1 day'
        FROM "Note" n CROSS JOIN (VALUES ('RECOGNITION'), ('RECALL')) t(type);
      INSERT INTO "ReviewLog"("clientId", "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousDue", "cardVersion")
        SELECT gen_random_uuid(), c."userId", c.id, CASE WHEN random() < 0.12 THEN 1 ELSE 3 END, 2, now(), 10, 5, 10, 10, 10, 0,
               now() - (k * 12 + random() * 12) * interval '1 day', now(), k
        FROM "Card" c CROSS JOIN generate_series(0, ${Math.floor(DAYS / 12) - 1}) k;
    `);
    await c.query(`RESET session_replication_role`);
    // Statistics first, as autovacuum gathers them after a bulk load: planned on empty statistics,
    // the refresh functions join millions of rows by nested loops (20,000 notes took 424 s; on the
    // slower machine of earlier sessions autovacuum had usually run by this point).
    await c.query(`ANALYZE`);
    const backfill = performance.now();
    await c.query(`
      SELECT item_progress_refresh(ARRAY(SELECT DISTINCT n.id FROM "Note" n JOIN "AssignmentItem" ai ON ai.kind = n.kind AND ai.text = n.text));
      SELECT lesson_progress_refresh(
        ARRAY(SELECT m."userId" FROM "Membership" m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"),
        ARRAY(SELECT a."lessonId" FROM "Membership" m JOIN "Assignment" a ON a."classId" = m."classId" ORDER BY m."userId", a."lessonId"));
    `);
    console.log(`Backfill of ItemProgress, AssignmentProgress and LessonProgress: ${((performance.now() - backfill) / 1000).toFixed(1)} s`);
    // What autovacuum does after a bulk load.
    await c.query(`VACUUM ANALYZE`);
    const counts = await c.query(`SELECT (SELECT count(*) FROM "Note") notes, (SELECT count(*) FROM "Card") cards, (SELECT count(*) FROM "ReviewLog") logs`);
    console.log(`Data: ${STUDENTS} students, ${ASSIGNMENTS}×${ITEMS} items, ${counts.rows[0].notes} notes, ${counts.rows[0].cards} cards, ${counts.rows[0].logs} review logs (built in ${(performance.now() - started) / 1000 | 0} s)`);
    await c.end();
    }

    process.env.DATABASE_URL = url;
    const { retentionFigures } = await import("@/lib/server/assignments/retention-query");
    const { getAssignmentRetention } = await import("@/lib/server/assignments/get-assignment-retention");
    const { getClassProgress } = await import("@/lib/server/classes/get-class-progress");
    const { getDb } = await import("@/lib/server/db");
    const now = new Date();
    const time = async (fn: () => Promise<unknown>) => {
      await fn(); // warm: pool, plan
      const t: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await fn();
        t.push(performance.now() - s);
      }
      t.sort((a, b) => a - b);
      return `median ${ms(t[Math.floor(runs / 2)])} (min ${ms(t[0])}, max ${ms(t[runs - 1])})`;
    };
    const classId = "00000000-0000-4000-8000-000000000003";
    console.log(`Whole class, all ${ASSIGNMENTS} assignments (per student and per item): ${await time(() => retentionFigures({ classId, now }))} (target < 200 ms)`);
    console.log(
      `One assignment's teacher view (figures + members + revisit lists): ${await time(() =>
        getAssignmentRetention({ userId: "00000000-0000-4000-8000-000000000001", assignmentId: "00000000-0000-4000-8200-000000000001", now }),
      )}`,
    );
    console.log(
      `Class page progress table (notes saved from each assigned lesson, 30-day answers; LessonProgress): ${await time(() =>
        getClassProgress({ userId: "00000000-0000-4000-8000-000000000001", classId, now }),
      )}`,
    );
    // The answer path with the triggers at work: a class student answering cards of assigned items.
    const { recordReviews } = await import("@/lib/server/review/record-review");
    const studentId = "00000000-0000-4000-9000-000000000001";
    const cards = await getDb().card.findMany({ where: { userId: studentId }, orderBy: { id: "asc" }, take: 2 * runs + 1, select: { id: true } });
    const answerTimes: number[] = [];
    for (const [i, card] of cards.entries()) {
      const s = performance.now();
      const [r] = await recordReviews({ userId: studentId, answers: [{ id: randomUUID(), cardId: card.id, rating: 3, reviewedAt: new Date(now.getTime() + i), durationMs: 5000 }], now: new Date(now.getTime() + i) });
      if (r.status !== "recorded") throw new Error(`answer ${r.status}: ${r.message}`);
      if (i > 0) answerTimes.push(performance.now() - s);
    }
    answerTimes.sort((a, b) => a - b);
    console.log(`One answer by a class student (card, log and the ItemProgress, AssignmentProgress and LessonProgress refreshes in one transaction): median ${ms(answerTimes[answerTimes.length >> 1])} (max ${ms(answerTimes[answerTimes.length - 1])})`);
    await getDb().$disconnect();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  } finally {
    if (keep) console.log(`Kept database ${name}: time it again with --reuse ${name}; DROP DATABASE ${name} when done.`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
